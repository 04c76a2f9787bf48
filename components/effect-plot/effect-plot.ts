import { defineElement } from '../core/define.js';
import { LzmEffectPlot } from './effect-plot.component.js';

export { LzmEffectPlot };
export type { LzmSelectDetail } from './effect-plot.component.js';
export type { EffectPlotRow, SortOrder } from './effect-plot.rows.js';

defineElement('lzm-effect-plot', LzmEffectPlot);

declare global {
  interface HTMLElementTagNameMap {
    'lzm-effect-plot': LzmEffectPlot;
  }
}
