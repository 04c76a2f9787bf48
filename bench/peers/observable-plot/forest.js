// The same forest plot made with Observable Plot (SVG): a dot at d per row (zone by symbol and
// colour), a link for the 95% CI, a rule at the hinge, names on the y axis, 24 px rows. Plot draws
// a new chart for new data (it has no update), so `set` replaces the chart as a Plot user would.
// Bundled and minified by bench/effect-plot.mjs (esbuild); used only by the bench. Not in bench/peers/*.js:
// those are the dial peers.
import * as Plot from '@observablehq/plot';

const HINGE = 0.4;
const ZONES = [
  [0, 'reverse', '#c0392b', 'triangle'],
  [0.15, 'developmental', '#e0a526', 'square'],
  [HINGE, 'teacher', '#8fa3b0', 'diamond'],
  [Infinity, 'desired', '#2e7d32', 'circle'],
];
const zoneOf = (d) => ZONES.find(([limit]) => d < limit);

function draw(rows) {
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  return Plot.plot({
    width: 640,
    height: 30 + sorted.length * 24,
    marginLeft: 180,
    marginTop: 30,
    x: { domain: [-0.4, 1.6], grid: true, label: 'd' },
    y: { domain: sorted.map((row) => row.name), label: null },
    symbol: { domain: ZONES.map(([, zone]) => zone), range: ZONES.map(([, , , symbol]) => symbol) },
    color: { domain: ZONES.map(([, zone]) => zone), range: ZONES.map(([, , color]) => color) },
    marks: [
      Plot.ruleX([HINGE], { strokeWidth: 2 }),
      Plot.link(sorted, { x1: 'ciLow', x2: 'ciHigh', y1: 'name', y2: 'name' }),
      Plot.dot(sorted, { x: 'value', y: 'name', symbol: (row) => zoneOf(row.value)[1], fill: (row) => zoneOf(row.value)[1], stroke: '#1f2328', r: 5 }),
    ],
  });
}

export function mount(cell, rows) {
  const chart = draw(rows);
  cell.append(chart);
  return { cell, chart };
}

export function set(handle, rows) {
  const chart = draw(rows);
  handle.chart.replaceWith(chart);
  handle.chart = chart;
}

/** Plot draws synchronously. */
export function settled() {}

export const drawn = (handle) => handle.chart.isConnected && handle.chart.querySelectorAll('[aria-label="dot"] path, [aria-label="dot"] circle').length > 0;

export const count = (handle) => handle.chart.querySelectorAll('[aria-label="dot"] path, [aria-label="dot"] circle').length;
