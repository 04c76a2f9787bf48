/** The shared data layer: loading, CSV, statistics, errors, locale. Used by elements and the generator. */
export * from './attributes.js';
export * from './csv.js';
export * from './decode.js';
export * from './define.js';
export * from './errors.js';
export * from './headers.js';
export * from './influences.js';
export * from './load.js';
export * from './locale.js';
export * from './numbers.js';
export * from './pupils.js';
export * from './stats.js';
export * from './zones.js';
export * from './data-errors.js';
export * from './version.js';
export { LzmElement, baseStyles, type LzmLoadDetail } from './lzm-element.js';
export * from './histogram.js';
export * from './json-position.js';
