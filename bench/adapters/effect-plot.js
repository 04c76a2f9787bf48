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

// Markers are glyphs, all of a zone in one <text> (components/effect-plot/effect-plot.marker.ts): one per row.
export const count = (el) => [...(el.shadowRoot?.querySelectorAll('svg.marks .dot') ?? [])].reduce((sum, text) => sum + [...text.textContent].length, 0);
