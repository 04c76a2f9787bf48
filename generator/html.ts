import { formatNumber, type Lang } from '../components/core/locale.js';
import { publishData } from './publish.js';
import { zoneName, zoneOf, type Zone } from '../components/core/zones.js';
import { escapeHtml } from './escape.js';
import { pt } from './page.messages.js';
import { renderElement, type Attributes, type ElementTag } from './ssr.js';
import type { Html } from './chunks.js';
import { collectGarbage } from './gc.js';
import type { BarometerData } from '../components/barometer/barometer.data.js';
import type { EffectPlotData } from '../components/effect-plot/effect-plot.data.js';
import type { FeedbackLegendData } from '../components/feedback-legend/feedback-legend.data.js';
import type { LandscapeData } from '../components/landscape/landscape.data.js';
import type { SengeWheelData } from '../components/senge-wheel/senge-wheel.data.js';

/** Small HTML builders the sections share, so numbers and tables read the same everywhere on the page. */

export const num = (value: number, lang: Lang, digits = 2): string => formatNumber(value, lang, digits);

export const ci = (low: number | undefined, high: number | undefined, lang: Lang): string =>
  low === undefined || high === undefined ? '' : `${num(low, lang)} – ${num(high, lang)}`;

export const zoneText = (d: number, hinge: number, lang: Lang): string => zoneName(zoneOf(d, hinge), lang);

/** `<th scope="col">` cells for a header row. */
export const headerRow = (labels: readonly string[]): string =>
  `<tr>${labels.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}</tr>`;

/** `content` between `open` and `close`: one string when it is one, else the three parts to stream. */
function wrap(open: string, content: Html, close: string): Html {
  return typeof content === 'string' ? open + content + close : [open, content, close];
}

/**
 * A table in its own scroll box, so a wide table never widens the page (WCAG 1.4.10 reflow):
 * focusable and named, so keyboard users can scroll it (axe: scrollable-region-focusable).
 */
export function scrollBox(label: string, table: string, lang: Lang): string;
export function scrollBox(label: string, table: Html, lang: Lang): Html;
export function scrollBox(label: string, table: Html, lang: Lang): Html {
  return wrap(`<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(pt(lang, 'page.scrollRegion', { name: label }))}">`, table, '</div>');
}

/** A full table folded under the drawing that shows the same numbers: for screen readers and copying. */
export function folded(label: string, content: string, lang: Lang): string;
export function folded(label: string, content: Html, lang: Lang): Html;
export function folded(label: string, content: Html, lang: Lang): Html {
  return wrap(`<details class="full-table"><summary>${escapeHtml(pt(lang, 'page.fullTable', { name: label }))}</summary>`, content, '</details>');
}

/** `lang` on the school's own text when it is not in the page's language. */
export const langAttr = (textLang: Lang, pageLang: Lang): string => (textLang === pageLang ? '' : ` lang="${textLang}"`);

/** Each element's own `.data` type, from its `*.data.ts` (built there by `toData`): all the generator hands over. */
export interface ElementData {
  'lzm-barometer': BarometerData;
  'lzm-effect-plot': EffectPlotData;
  'lzm-landscape': LandscapeData;
  'lzm-senge-wheel': SengeWheelData;
  'lzm-feedback-legend': FeedbackLegendData;
}

/**
 * An element drawn in Node (Lit SSR) with its data; the data also goes to `data` under the
 * element's id, for the browser, which draws it again with its interaction.
 */
export async function drawElement<T extends ElementTag>(data: Record<string, unknown>, tag: T, id: string, attributes: Attributes, value: ElementData[T]): Promise<string> {
  // What the server draws is what the page publishes: numbers with the page's precision (issue 17).
  const published = publishData(value);
  data[id] = published;
  const text = await renderElement({ tag, attributes: publishData({ id, ...attributes }), data: published });
  // What drawing it left behind is garbage V8 would keep for a long while (see collectGarbage).
  if (text.length > BIG_DRAWING) collectGarbage();
  return text;
}

/** A drawing this long (a plot of a thousand rows or so) has left enough garbage to collect at once. */
const BIG_DRAWING = 256 * 1024;

/** Zone shapes for the overview (colour AND shape, so print and colour-blind readers can tell them apart). */
const ZONE_PATHS: Record<Zone, string> = {
  desired: 'M5 1L9.5 9H.5Z',
  teacher: 'M1.5 1.5h7v7h-7Z',
  developmental: 'M5 .5 9.5 5 5 9.5.5 5Z',
  reverse: 'M.5 1h9L5 9Z',
};

export const ZONES: readonly Zone[] = ['desired', 'teacher', 'developmental', 'reverse'];

/** The shapes once per page, referenced by every cell (`<use>` needs no request). */
export const zoneSymbols = (): string =>
  `<svg class="symbols" aria-hidden="true" focusable="false"><defs>${ZONES.map((zone) => `<symbol id="zone-${zone}" viewBox="0 0 10 10"><path d="${ZONE_PATHS[zone]}"></path></symbol>`).join('')}</defs></svg>`;

/** A zone's shape in its colour (decoration: the zone's name is in the text beside it). */
export const zoneMark = (zone: Zone): string =>
  `<svg class="zone-mark z-${zone}" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><use href="#zone-${zone}"></use></svg>`;
