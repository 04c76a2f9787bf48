import { defineElement } from '../core/define.js';
import { LzmLandscape } from './landscape.component.js';

export { LzmLandscape };
export type { LandscapeChangeDetail } from './landscape.component.js';
export type { LandscapeReading, LandscapeValues } from './landscape.data.js';
export type { BridgeKey, Island, PartKey, Polder } from './landscape.geometry.js';

defineElement('lzm-landscape', LzmLandscape);

declare global {
  interface HTMLElementTagNameMap {
    'lzm-landscape': LzmLandscape;
  }
}
