// <lzm-feedback-legend> in the element render bench: the built cdn/feedback-legend.js, one card
// per cell: the six default dots with counts via `.data` (test/fixtures/legenda-aantallen.json).
import '/cdn/feedback-legend.js';
import { settleAll, drawnWith } from './settle.js';

export function mount(cell, data, heading) {
  const el = document.createElement('lzm-feedback-legend');
  el.setAttribute('heading', heading);
  el.data = data;
  cell.append(el);
  return el;
}

export function set(el, data) {
  el.data = data;
}

/** Drawn with its counts: every entry has its count bar. */
export const drawn = drawnWith('li:last-child .count rect');

export const settled = (els) => settleAll(els, drawn);
