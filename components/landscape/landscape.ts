import { defineElement } from '../core/define.js';
import { LzmLandscape } from './landscape.component.js';

export { LzmLandscape };
export type { LandscapeChangeDetail } from './landscape.model.js';
export type { BridgeKey, Island, LandscapeReading, LandscapeValues, PartKey, Polder } from './landscape.model.js';

defineElement('lzm-landscape', LzmLandscape);

declare global {
  interface HTMLElementTagNameMap {
    'lzm-landscape': LzmLandscape;
  }
}
