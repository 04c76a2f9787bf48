import { html, type TemplateResult } from 'lit';
import { addMessages, t as translate, type Lang } from '../core/locale.js';
import { cssomStyle } from '../core/cssom-style.js';
import { formatScore, partName } from './landscape.format.js';
import { percentOfMap, tipAnchor } from './landscape.geometry.js';
import { isBridge, type LandscapeValues, type PartKey } from './landscape.model.js';

/**
 * The tooltip of a focused or hovered part, with what the part means: a lazy chunk, loaded right
 * after the map's first paint (not needed for it; there before a part is focused).
 */
const messages = addMessages({
  nl: {
    'ls.about.researching': 'Eiland: nieuwe kennis opnemen, verbreden, verdiepen, vernieuwen.',
    'ls.about.practising': 'Eiland: impliciet leren in het dagelijkse werk.',
    'ls.about.creating': 'Eiland: leren door nieuwe producten en diensten te maken.',
    'ls.about.actionResearch': 'Polder: actieonderzoek, onderzoeken en praktiseren in één proces.',
    'ls.about.designResearch': 'Polder: ontwerpgericht onderzoek, onderzoeken en creëren samen.',
    'ls.about.coCreation': 'Polder: cocreatie, praktiseren en creëren samen.',
    'ls.about.pioneering': 'Polder in het midden: alle drie leervormen tegelijk.',
    'ls.about.bridge': 'Brug: brengt na afloop het resultaat van de ene leervorm naar de andere; dikte = draagkracht.',
  },
  en: {
    'ls.about.researching': 'Island: taking in new knowledge, broadening, deepening, renewing.',
    'ls.about.practising': 'Island: implicit learning in daily work.',
    'ls.about.creating': 'Island: learning by making new products and services.',
    'ls.about.actionResearch': 'Polder: researching and practising as one process.',
    'ls.about.designResearch': 'Polder: researching and creating together.',
    'ls.about.coCreation': 'Polder: practising and creating together.',
    'ls.about.pioneering': 'Polder in the centre: all three forms at once.',
    'ls.about.bridge': 'Bridge: carries the result of one form of learning to another afterwards; width = carrying capacity.',
  },
});

const about = (lang: Lang, key: PartKey) => translate(lang, `ls.about.${isBridge(key) ? 'bridge' : key}` as keyof typeof messages.nl);

/** The tooltip (id `tip`, which the part's `aria-describedby` names): the part, its value and what it means. */
export function renderTip(key: PartKey, values: LandscapeValues, scale: readonly [number, number], lang: Lang): TemplateResult {
  const [left, top] = percentOfMap(tipAnchor(key, values, scale));
  return html`<div id="tip" class="tip" role="tooltip" part="tooltip" style=${cssomStyle({ left: `${left}%`, top: `${top}%` })}>
    <strong>${partName(key, lang)}: ${formatScore(values[key], lang)}</strong><br />${about(lang, key)}
  </div>`;
}
