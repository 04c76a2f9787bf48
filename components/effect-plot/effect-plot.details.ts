import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { addMessages, formatNumber, t as translate, type Lang, type MessageParams } from '../core/locale.js';
import { zoneName, zoneOf, zoneRanges, type Zone } from '../core/zones.js';
import { offScale, type Scale } from './effect-plot.geometry.js';
import { markers } from './effect-plot.marker.js';
import type { IndexedRow } from './effect-plot.rows.js';
import { t } from './effect-plot.messages.js';

/**
 * What the forest plot shows beyond its rows, on demand: the zone legend, the data table and the
 * active row's spoken text. A lazy chunk, loaded after the plot's first paint (when the browser is
 * first idle, at most a second later), on focus, for the table, and at once when the page was
 * rendered on the server (whose render includes it: see LzmEffectPlot.willUpdate).
 */
export const detailsMessages = addMessages({
  nl: {
    'plot.d': 'Effectgrootte (d)',
    'plot.ci': '95%-BI',
    'plot.zone': 'Zone',
    'plot.hinge': 'scharnierpunt',
    'plot.whisker': '95%-betrouwbaarheidsinterval',
    'plot.aboveScale': 'buiten de schaal, boven {max}',
    'plot.belowScale': 'buiten de schaal, onder {min}',
  },
  en: {
    'plot.d': 'Effect size (d)',
    'plot.ci': '95% CI',
    'plot.zone': 'Zone',
    'plot.hinge': 'hinge point',
    'plot.whisker': '95% confidence interval',
    'plot.aboveScale': 'off the scale, above {max}',
    'plot.belowScale': 'off the scale, below {min}',
  },
});

/**
 * The legend's and the printout's styles: adopted by a plot when the chunk arrives (on the server,
 * added to the element's styles, which a server render writes into each shadow root).
 */
export const detailsStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.8em;
  }
  .key {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    margin-right: 0.3em;
    vertical-align: -0.2em;
  }
  .key .hinge,
  .key .whiskers {
    vector-effect: none;
  }
  @media print {
    .band,
    .dot,
    .key {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

const say = (lang: Lang, key: keyof typeof detailsMessages.nl, params?: MessageParams) => translate(lang, key, params);

/** What a screen reader says for the active row: name, d, zone, CI, n and an off-scale note. It starts with the visible name. */
export function rowText(row: IndexedRow, zone: Zone, scale: Scale, lang: Lang): string {
  const fmt = (x: number) => formatNumber(x, lang);
  let text = `${row.name || t(lang, 'plot.unnamed')}: d = ${fmt(row.value)}, ${zoneName(zone, lang)}`;
  if (row.ciLow !== undefined && row.ciHigh !== undefined) text += `, ${say(lang, 'plot.ci')} ${fmt(row.ciLow)}–${fmt(row.ciHigh)}`;
  if (row.n !== undefined) text += `, n = ${row.n}`;
  const off = offScale(row.value, scale);
  if (off === 'above') text += `, ${say(lang, 'plot.aboveScale', { max: fmt(scale.max) })}`;
  if (off === 'below') text += `, ${say(lang, 'plot.belowScale', { min: fmt(scale.min) })}`;
  return text;
}

/** A legend key: a 16 × 16 drawing centred on 0,0. */
const key = (content: unknown) => html`<svg class="key" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">${content}</svg>`;

/** The zone legend: each zone's shape and colour with its range, the hinge and the whisker. */
export function renderLegend(hinge: number, lang: Lang): TemplateResult {
  const fmt = (x: number) => formatNumber(x, lang);
  return html`<ul class="legend" part="legend">
    ${zoneRanges(-Infinity, Infinity, hinge).map((range) => {
      const bounds = range.from === -Infinity ? `< ${fmt(range.to)}` : range.to === Infinity ? `≥ ${fmt(range.from)}` : `${fmt(range.from)}–${fmt(range.to)}`;
      return html`<li>${key(markers(range.zone, '0', '0', 1))}${zoneName(range.zone, lang)} (${bounds})</li>`;
    })}
    <li>${key(svg`<path class="hinge" d="M0,-8V8"></path>`)}${say(lang, 'plot.hinge')} ${fmt(hinge)}</li>
    <li>${key(svg`<path class="whiskers" d="M-7,0H7M-7,-4v8M7,-4v8"></path>`)}${say(lang, 'plot.whisker')}</li>
  </ul>`;
}

/** The data table of the rows shown; rendered only while shown, so a collapsed table is not in the accessibility tree. */
export function renderTable(shown: readonly IndexedRow[], hinge: number, label: string | undefined, nameColumn: string, lang: Lang): TemplateResult {
  const fmt = (x: number) => formatNumber(x, lang);
  return html`<table id="data-table" part="table">
    <caption>${translate(lang, 'table.caption')}${label ? html`: ${label}` : nothing}</caption>
    <thead><tr>
      <th scope="col">${nameColumn}</th><th scope="col">${say(lang, 'plot.d')}</th><th scope="col">${say(lang, 'plot.zone')}</th>
      <th scope="col">${say(lang, 'plot.ci')}</th><th scope="col">n</th>
    </tr></thead>
    <tbody>
      ${shown.map(
        (row) => html`<tr>
          <th scope="row">${row.name || t(lang, 'plot.unnamed')}</th><td>${fmt(row.value)}</td><td>${zoneName(zoneOf(row.value, hinge), lang)}</td>
          <td>${row.ciLow !== undefined && row.ciHigh !== undefined ? `${fmt(row.ciLow)} – ${fmt(row.ciHigh)}` : ''}</td><td>${row.n ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
