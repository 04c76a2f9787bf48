import { defineElement } from '../core/define.js';
import { LzmFeedbackLegend } from './feedback-legend.component.js';

export { LzmFeedbackLegend };
export type { LegendEntry } from './feedback-legend.model.js';
export type { Rgb } from './feedback-legend.color.js';

defineElement('lzm-feedback-legend', LzmFeedbackLegend);

declare global {
  interface HTMLElementTagNameMap {
    'lzm-feedback-legend': LzmFeedbackLegend;
  }
}
