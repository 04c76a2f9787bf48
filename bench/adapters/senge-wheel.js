// <lzm-senge-wheel> in the element render bench: the built cdn/senge-wheel.js, one wheel per cell
// with `.data` rows { discipline, score, n, sd } (the shape of test/fixtures/senge-scores-*.csv).
import '/cdn/senge-wheel.js';
import { settleAll, drawnWith } from './settle.js';

export function mount(cell, data, label) {
  const el = document.createElement('lzm-senge-wheel');
  el.setAttribute('label', label);
  el.data = data;
  cell.append(el);
  return el;
}

export function set(el, data) {
  el.data = data;
}

export const drawn = drawnWith('svg[part="wheel"] path.whisker');

export const settled = (els) => settleAll(els, drawn);
