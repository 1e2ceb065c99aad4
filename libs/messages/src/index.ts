/** The one catalogue of wording (文案): every text a person reads, rendered from typed models. Pure. */
export * from './locale';
export * from './lights';
export * from './timeline';
export * from './time-words';
export * from './models';
export * from './catalogue';
export * from './errors';
export * from './obligation-catalogue';
export * from './rating-catalogue';
