// Stands in for d3-array when bench/effect-plot.mjs measures what d3-array adds to cdn/effect-plot.js:
// the same two functions, doing nothing useful. Never shipped.
export const nice = (start, stop) => [start, stop];
export const ticks = (start, stop) => [start, stop];
