// The barometer dial made with Chart.js: a half doughnut with the four zones, a needle drawn by a
// small plugin, the value and the label as text. Tree-shaken: only the doughnut controller and the
// arc element are registered (no legend, tooltip, scales or animations module).
// Bundled and minified by scripts/bench.mjs (esbuild); used only by the bench.
import { Chart, DoughnutController, ArcElement } from 'chart.js';

Chart.register(DoughnutController, ArcElement);

const MIN = -0.2;
const MAX = 1.2;
const ZONES = [0 - MIN, 0.15, 0.25, MAX - 0.4]; // widths of reverse, developmental, teacher, desired
const COLOURS = ['#c0392b', '#e0a526', '#8fa3b0', '#2e7d32'];
const format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const needle = {
  id: 'lzmNeedle',
  afterDatasetsDraw(chart) {
    const { value, label } = chart.$dial;
    const arc = chart.getDatasetMeta(0).data[0];
    if (!arc) return;
    const { x, y, outerRadius } = arc;
    const clamped = Math.min(MAX, Math.max(MIN, value));
    const angle = Math.PI * (1 + (clamped - MIN) / (MAX - MIN));
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = '#24292f';
    ctx.fillStyle = '#24292f';
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + Math.cos(angle) * outerRadius * 0.9, y + Math.sin(angle) * outerRadius * 0.9);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(x, y, 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.textAlign = 'center';
    ctx.font = 'bold 16px sans-serif';
    ctx.fillText(format.format(value).replace('-', '\u2212'), x, y - outerRadius * 0.3);
    ctx.font = '11px sans-serif';
    ctx.fillText(label, x, y + 16);
    ctx.restore();
  },
};

/** Draws one dial in `cell`; returns the handle that `set` takes. */
export function mount(cell, value, label) {
  const canvas = document.createElement('canvas');
  canvas.width = 200;
  canvas.height = 130;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${label}: ${format.format(value)}`);
  cell.append(canvas);
  const chart = new Chart(canvas, {
    type: 'doughnut',
    data: { datasets: [{ data: ZONES, backgroundColor: COLOURS, borderWidth: 1, borderColor: '#fff' }] },
    options: {
      responsive: false,
      animation: false,
      events: [],
      rotation: -90,
      circumference: 180,
      cutout: '62%',
      layout: { padding: { top: 4, bottom: 24 } },
    },
    plugins: [{ id: 'lzmDial', beforeInit: (c) => (c.$dial = { value, label }) }, needle],
  });
  return chart;
}

/** Sets a new value; Chart.js redraws synchronously with update('none'). */
export function set(chart, value) {
  chart.$dial.value = value;
  chart.canvas.setAttribute('aria-label', `${chart.$dial.label}: ${format.format(value)}`);
  chart.update('none');
}

/** Chart.js has drawn synchronously; nothing to wait for. */
export function settled() {}

/** True when the dial was drawn. */
export function drawn(chart) {
  return chart.canvas.isConnected && chart.getDatasetMeta(0).data.length === 4;
}
