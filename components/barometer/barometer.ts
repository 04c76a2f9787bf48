import { defineElement } from '../core/define.js';
import { LzmBarometer } from './barometer.component.js';

export { LzmBarometer };
export type { BarometerReading } from './barometer.data.js';

defineElement('lzm-barometer', LzmBarometer);

declare global {
  interface HTMLElementTagNameMap {
    'lzm-barometer': LzmBarometer;
  }
}
