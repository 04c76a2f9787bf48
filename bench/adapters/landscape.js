// <lzm-landscape> in the element render bench: the built cdn/landscape.js, one map per cell with
// `.data` in the JSON shape of test/fixtures/landscape.json (with `compare`), `label` = the team.
import '/cdn/landscape.js';
import { settleAll, drawnWith } from './settle.js';

export function mount(cell, data, label) {
  const el = document.createElement('lzm-landscape');
  el.setAttribute('label', label);
  el.data = data;
  cell.append(el);
  return el;
}

export function set(el, data) {
  el.data = data;
}

export const drawn = drawnWith('svg[part="map"] polygon');

export const settled = (els) => settleAll(els, drawn);
