// <lzm-effect-plot> in the forest-plot bench: the built cdn/effect-plot.js (Lit inside), one
// element with the 320 rows as typed `.data` (so no data chunk is loaded), 640 px wide.
import '/cdn/effect-plot.js';

export function mount(cell, rows) {
  const el = document.createElement('lzm-effect-plot');
  el.setAttribute('label', 'Invloeden');
  el.data = rows;
  cell.append(el);
  return el;
}

export function set(el, rows) {
  el.data = rows;
}

export async function settled(el) {
  await el.updateComplete;
}

export const drawn = (el) => !!el.shadowRoot?.querySelector('svg.marks path.whiskers');

export const count = (el) => el.shadowRoot?.querySelectorAll('svg.marks .dot').length ?? 0;
