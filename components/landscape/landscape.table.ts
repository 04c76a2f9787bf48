import { html, nothing, type TemplateResult } from 'lit';
import { addMessages, t as translate, type Lang } from '../core/locale.js';
import { chartName, formatScore, partName } from './landscape.format.js';
import { t } from './landscape.messages.js';
import { PARTS, type LandscapeReading } from './landscape.model.js';

/**
 * The landscape's data table: a lazy chunk, loaded right after the map is first drawn (and at
 * once on the server), so the first paint does not wait for it; the table is hidden until shown,
 * and always printed.
 */
const messages = addMessages({
  nl: {
    'ls.current': 'deze meting',
    'ls.part': 'Onderdeel',
    'ls.change': 'Verschil',
    'ls.value': 'Waarde',
  },
  en: {
    'ls.current': 'this measurement',
    'ls.part': 'Part',
    'ls.change': 'Change',
    'ls.value': 'Value',
  },
});

const tt = (lang: Lang, key: keyof typeof messages.nl) => translate(lang, key);

/** The change between two measurements of a part, signed ("+0,2"), or "—" when one is missing. */
export function changeText(now: number | undefined, before: number | undefined, lang: Lang): string {
  if (now === undefined || before === undefined) return '—';
  const text = formatScore(now - before, lang);
  return now > before ? `+${text}` : text;
}

export interface TableInput {
  reading: LandscapeReading;
  label?: string;
  compareLabel?: string;
  shown: boolean;
  lang: Lang;
}

/** All 13 parts with their value (and the earlier one and the change), id `table` for the toggle. */
export function renderTable({ reading: { values, compare }, label, compareLabel, shown, lang }: TableInput): TemplateResult {
  return html`<table id="table" part="table" ?hidden=${!shown}>
    <caption>${chartName(label, lang)}</caption>
    <thead>
      <tr>
        <th scope="col">${tt(lang, 'ls.part')}</th>
        <th scope="col">${label ?? tt(lang, compare ? 'ls.current' : 'ls.value')}</th>
        ${compare ? html`<th scope="col">${compareLabel ?? t(lang, 'ls.previous')}</th><th scope="col">${tt(lang, 'ls.change')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${PARTS.map(
        (key) => html`<tr>
          <th scope="row">${partName(key, lang)}</th>
          <td>${formatScore(values[key], lang)}</td>
          ${compare ? html`<td>${formatScore(compare[key], lang)}</td><td>${changeText(values[key], compare[key], lang)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
