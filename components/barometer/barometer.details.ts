import { css, html, nothing, type TemplateResult } from 'lit';
import { addMessages, formatNumber, t, type Lang } from '../core/locale.js';
import { zoneName, zoneRanges } from '../core/zones.js';
import type { BarometerReading } from './barometer.data.js';
import * as theme from '../core/theme-defaults.js';

/**
 * What a barometer shows beyond its dial and value, on demand: the zone legend and the data
 * table. A lazy chunk (one per page, shared by every dial): a page of 320 dials loads and
 * renders none of this until a dial is focused, its table is asked for, the page is printed,
 * or `details` is set (see LzmBarometer.loadDetails for server rendering).
 */
addMessages({
  nl: {
    'barometer.reference': 'referentie',
    'barometer.hinge': 'scharnierpunt',
    'table.quantity': 'Grootheid',
    'table.value': 'Waarde',
    'table.zone': 'Zone',
    'table.scale': 'Schaal',
    'table.n': 'n (leerlingen)',
    'table.dz': 'd_z (gemiddelde groei / SD groei)',
    'table.r': 'r (correlatie voor/na)',
    'table.hedges': 'Hedges g (kleine-groepscorrectie)',
  },
  en: {
    'barometer.reference': 'reference',
    'barometer.hinge': 'hinge point',
    'table.quantity': 'Quantity',
    'table.value': 'Value',
    'table.zone': 'Zone',
    'table.scale': 'Scale',
    'table.n': 'n (pupils)',
    'table.dz': 'd_z (mean gain / SD of gains)',
    'table.r': 'r (pre/post correlation)',
    'table.hedges': "Hedges' g (small-sample correction)",
  },
});

/** The legend's styles: adopted by a dial when it first shows its details (and by a server render, see loadDetails). */
export const detailsStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    justify-content: center;
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.8em;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-right: 0.3em;
    vertical-align: -0.1em;
    border: 1px solid ${theme.textColor};
    border-radius: 2px;
    background: var(--zone-color);
  }
  .swatch.reference-line {
    border: none;
    border-top: 2px dashed ${theme.referenceColor};
    height: 0;
    vertical-align: 0.25em;
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
  }
  @media print {
    .swatch {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

/** The dial's state the details are drawn from. */
export interface DetailsInput {
  reading: BarometerReading & { value: number };
  zoneLabel: string;
  hinge: number;
  min: number;
  max: number;
  reference?: number;
  referenceLabel?: string;
  lang: Lang;
}

/**
 * The zone legend: a visual key for the colours. Hidden from screen readers, which hear the
 * zone in the meter's value text and the hinge and scale in the table.
 */
export function renderLegend({ hinge, reference, referenceLabel, lang }: DetailsInput): TemplateResult {
  const fmt = (x: number) => formatNumber(x, lang);
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${zoneRanges(-Infinity, Infinity, hinge).map((range) => {
      const bounds = range.from === -Infinity ? `< ${fmt(range.to)}` : range.to === Infinity ? `≥ ${fmt(range.from)}` : `${fmt(range.from)}–${fmt(range.to)}`;
      return html`<li><span class="swatch zone-${range.zone}"></span>${zoneName(range.zone, lang)} (${bounds})</li>`;
    })}
    ${reference !== undefined
      ? html`<li><span class="swatch reference-line"></span>${referenceLabel ?? t(lang, 'barometer.reference')}: ${fmt(reference)}</li>`
      : nothing}
  </ul>`;
}

/** The rows of the data table: every number behind the dial, named. */
export function tableRows({ reading, zoneLabel, hinge, min, max, reference, referenceLabel, lang }: DetailsInput): [string, string][] {
  const fmt = (x: number) => formatNumber(x, lang);
  const rows: [string, string][] = [
    [t(lang, 'barometer.name'), fmt(reading.value)],
    [t(lang, 'table.zone'), zoneLabel],
    [t(lang, 'barometer.hinge'), fmt(hinge)],
    [t(lang, 'table.scale'), `${fmt(min)} – ${fmt(max)}`],
  ];
  if (reading.ciLow !== undefined && reading.ciHigh !== undefined) rows.push([t(lang, 'barometer.ci'), `${fmt(reading.ciLow)} – ${fmt(reading.ciHigh)}`]);
  if (reading.n !== undefined) rows.push([t(lang, 'table.n'), String(reading.n)]);
  if (reading.stats) rows.push([t(lang, 'table.hedges'), fmt(reading.stats.g)]);
  const dz = reading.stats?.dz ?? reading.dz;
  const r = reading.stats?.r ?? reading.r;
  if (dz !== undefined && Number.isFinite(dz)) rows.push([t(lang, 'table.dz'), fmt(dz)]);
  if (r !== undefined) rows.push([t(lang, 'table.r'), fmt(r)]);
  if (reference !== undefined) rows.push([referenceLabel ?? t(lang, 'barometer.reference'), fmt(reference)]);
  return rows;
}

/** The data table; rendered only while shown, so a collapsed table is not in the accessibility tree. */
export function renderTable(input: DetailsInput, id: string): TemplateResult {
  const { reading, lang } = input;
  return html`<table id=${id} part="table">
    <caption>${t(lang, 'table.caption')}${reading.label ? html`: ${reading.label}` : nothing}</caption>
    <thead><tr><th scope="col">${t(lang, 'table.quantity')}</th><th scope="col">${t(lang, 'table.value')}</th></tr></thead>
    <tbody>
      ${tableRows(input).map(([name, value]) => html`<tr><th scope="row">${name}</th><td>${value}</td></tr>`)}
    </tbody>
  </table>`;
}
