/** Registers every widget: the entry of the all-widgets CDN bundle. */
export * from './timeline.js';
export * from './safe-surgery-map.js';
export * from './rights-checker.js';
export * from './charging-guidance.js';
export * from './pledge-form.js';
