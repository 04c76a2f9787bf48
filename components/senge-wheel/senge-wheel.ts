import { defineElement } from '../core/define.js';
import { LzmSengeWheel } from './senge-wheel.component.js';

export { LzmSengeWheel };
export type { WheelReading, DisciplineScore, HiddenReason, Scores } from './senge-wheel.model.js';
export type { Discipline } from './senge-wheel.model.js';

defineElement('lzm-senge-wheel', LzmSengeWheel);

declare global {
  interface HTMLElementTagNameMap {
    'lzm-senge-wheel': LzmSengeWheel;
  }
}
