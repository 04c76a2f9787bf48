import { defineElement } from '../core/define.js';
import { LzmSengeWheel } from './senge-wheel.component.js';

export { LzmSengeWheel };
export type { WheelReading, DisciplineScore } from './senge-wheel.data.js';

defineElement('lzm-senge-wheel', LzmSengeWheel);

declare global {
  interface HTMLElementTagNameMap {
    'lzm-senge-wheel': LzmSengeWheel;
  }
}
