// lzm-kit's side of the render bench: the built cdn/barometer.js (Lit inside), as a page would
// load it, and the same four functions the peer dials export. Not counted in any size.
import '/cdn/barometer.js';

export function mount(cell, value, label) {
  const el = document.createElement('lzm-barometer');
  el.setAttribute('value', String(value));
  el.setAttribute('label', label);
  cell.append(el);
  return el;
}

export function set(el, value) {
  el.value = value;
}

/** Lit renders in a microtask; wait until every element's update has completed. */
export async function settled(els) {
  await Promise.all(els.map((el) => el.updateComplete));
}

export function drawn(el) {
  return !!el.shadowRoot?.querySelector('svg path');
}
