/** The one catalogue of wording (文案): every text a person reads, rendered from typed models. Pure. */
export * from './locale';
export * from './lights';
