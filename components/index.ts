/** Registers every lzm-kit element (side-effect import). */
export * from './barometer/barometer.js';
