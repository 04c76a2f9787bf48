// The compact variant of <lzm-barometer> (small dial and one line of text, no legend): shown as an
// extra row in the render bench, not used for the ratio targets.
import { mount as mountFull } from './lzm.js';
export { set, settled, drawn } from './lzm.js';

export function mount(cell, value, label) {
  const el = mountFull(cell, value, label);
  el.setAttribute('compact', '');
  return el;
}
