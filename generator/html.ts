import { formatNumber, type Lang } from '../components/core/locale.js';
import { zoneName, zoneOf } from '../components/core/zones.js';
import { escapeHtml } from './escape.js';

/** Small HTML builders the sections share, so numbers read the same everywhere on the page. */

export const num = (value: number, lang: Lang, digits = 2): string => formatNumber(value, lang, digits);

export const ci = (low: number | undefined, high: number | undefined, lang: Lang): string =>
  low === undefined || high === undefined ? '' : `${num(low, lang)} – ${num(high, lang)}`;

export const zoneText = (d: number, hinge: number, lang: Lang): string => zoneName(zoneOf(d, hinge), lang);

/** A `<lzm-barometer>` the page script fills through `.data`; its number is also in the table beside it. */
export function barometerTag(id: string, hinge: number, compact: boolean): string {
  return `<lzm-barometer id="${escapeHtml(id)}" hinge="${hinge}"${compact ? ' compact' : ''}></lzm-barometer>`;
}

/** `<th scope="col">` cells for a header row. */
export const headerRow = (labels: readonly string[]): string =>
  `<tr>${labels.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}</tr>`;
