// The barometer dial made with ECharts: echarts/core with only the gauge chart and the SVG
// renderer (tree-shaken). Bundled and minified by scripts/bench.mjs (esbuild); used only by the bench.
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GaugeChart, SVGRenderer]);

const MIN = -0.2;
const MAX = 1.2;
const at = (d) => (d - MIN) / (MAX - MIN);
const format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function option(value, label) {
  return {
    animation: false,
    aria: { enabled: false },
    series: [
      {
        type: 'gauge',
        min: MIN,
        max: MAX,
        startAngle: 180,
        endAngle: 0,
        radius: '120%',
        center: ['50%', '78%'],
        axisLine: {
          lineStyle: {
            width: 22,
            color: [[at(0), '#c0392b'], [at(0.15), '#e0a526'], [at(0.4), '#8fa3b0'], [1, '#2e7d32']],
          },
        },
        splitLine: { show: false },
        axisTick: { show: false },
        axisLabel: { show: false },
        pointer: { width: 4, length: '75%', itemStyle: { color: '#24292f' } },
        anchor: { show: true, size: 10, itemStyle: { color: '#24292f' } },
        title: { offsetCenter: [0, '18%'], fontSize: 11 },
        detail: {
          offsetCenter: [0, '-30%'],
          fontSize: 16,
          fontWeight: 'bold',
          formatter: (v) => format.format(v).replace('-', '\u2212'),
        },
        data: [{ value, name: label }],
      },
    ],
  };
}

/** Draws one dial in `cell`; returns the handle that `set` takes. */
export function mount(cell, value, label) {
  const div = document.createElement('div');
  div.className = 'dial';
  cell.append(div);
  const chart = echarts.init(div, null, { renderer: 'svg', width: 200, height: 130 });
  chart.setOption(option(value, label));
  return { chart, label, div };
}

/** Sets a new value; setOption without lazyUpdate renders synchronously. */
export function set(handle, value) {
  handle.chart.setOption({ series: [{ data: [{ value, name: handle.label }] }] });
}

/** ECharts has drawn synchronously; nothing to wait for. */
export function settled() {}

/** True when the dial was drawn. */
export function drawn(handle) {
  return handle.div.querySelectorAll('svg path').length >= 4;
}
