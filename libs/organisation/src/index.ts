export * from './units.service';
export * from './regions.service';
export * from './people.service';
export * from './organisation.module';
export * from './demo-seed';
export * from './organisation-queries';
