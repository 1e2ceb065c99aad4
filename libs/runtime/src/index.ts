export * from './project-paths';
export * from './free-port';
export * from './embedded-postgres';
export * from './temporal-cli';
export * from './temporal-dev-server';
export * from './embedded-runtime';
export * from './abandoned-runs';
export * from './child-processes';
