import '../../components/landscape/landscape.js';
import type { LandscapeChangeDetail } from '../../components/landscape/landscape.js';
import { checkbox, control, type Slide } from '../slide.js';

/** A team that practises a lot, researches less, and barely carries results back to research. */
export const NOW = {
  islands: { onderzoeken: 0.4, praktiseren: 0.8, creeren: 0.3 },
  polders: { 'onderzoekend praktiseren': 0.5, 'onderzoekend creeren': 0.15, 'praktiserend creeren': 0.3, pionieren: 0.1 },
  bridges: [
    { from: 'onderzoeken', to: 'praktiseren', strength: 0.7 },
    { from: 'praktiseren', to: 'onderzoeken', strength: 0.1 },
    { from: 'onderzoeken', to: 'creeren', strength: 0.4 },
    { from: 'creeren', to: 'onderzoeken', strength: 0 },
    { from: 'praktiseren', to: 'creeren', strength: 0.3 },
    { from: 'creeren', to: 'praktiseren', strength: 0.6 },
  ],
};

export const BEFORE = {
  islands: { onderzoeken: 0.3, praktiseren: 0.8, creeren: 0.2 },
  polders: { 'onderzoekend praktiseren': 0.3, pionieren: 0.05 },
  bridges: [{ from: 'onderzoeken', to: 'praktiseren', strength: 0.4 }],
};

const text = {
  nl: { compare: 'Vorig jaar tonen', edit: 'Bewerken (pijltjestoetsen of slepen)' },
  en: { compare: 'Show last year', edit: 'Edit (arrow keys or drag)' },
};

export const landscapeSlide: Slide = {
  id: 'landscape',
  title: { nl: 'Het leerlandschap', en: 'The learning landscape' },
  intro: {
    nl: [
      'Ruijters en Simons tekenen hoe een team leert als een zee met drie eilanden: onderzoeken, praktiseren en creëren.',
      'Waar leervormen samen één proces worden, ontstaan polders; pionieren ligt in het midden, waar alle drie samenkomen.',
      'Bruggen brengen het resultaat van de ene leervorm naar de andere, elk in één richting met een eigen draagkracht. Spreek samen af hoe groot alles is en kijk waar gaten zitten.',
    ],
    en: [
      'Ruijters and Simons draw how a team learns as a sea with three islands: researching, practising and creating.',
      'Where forms of learning become one process, polders appear; pioneering lies in the centre, where all three meet.',
      'Bridges carry the result of one form to another, each one way with its own carrying capacity. Agree together on the sizes and look for the gaps.',
    ],
  },
  mount(stage, lang) {
    const t = text[lang];
    const element = document.createElement('lzm-landscape');
    element.dataset.main = '';
    element.editable = true;
    element.label = lang === 'nl' ? 'dit jaar' : 'this year';
    element.compareLabel = lang === 'nl' ? 'vorig jaar' : 'last year';
    element.data = NOW;
    element.compare = BEFORE;
    // Edits stay when the comparison is toggled: the element's change event carries the whole map.
    element.addEventListener('lzm-change', (event) => (element.data = (event as CustomEvent<LandscapeChangeDetail>).detail));
    const controls = document.createElement('form');
    controls.className = 'controls';
    controls.addEventListener('submit', (event) => event.preventDefault());
    const compare = checkbox(true);
    const edit = checkbox(true);
    controls.append(
      control(t.compare, compare, () => (element.compare = compare.checked ? BEFORE : undefined)),
      control(t.edit, edit, () => (element.editable = edit.checked)),
    );
    stage.append(element, controls);
  },
};
