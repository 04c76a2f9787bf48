/** Registers every lzm-kit element (side-effect import). */
export * from './barometer/barometer.js';
export * from './feedback-legend/feedback-legend.js';
export * from './senge-wheel/senge-wheel.js';
export * from './landscape/landscape.js';
export * from './effect-plot/effect-plot.js';
