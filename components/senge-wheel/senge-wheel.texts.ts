import { html, type TemplateResult } from 'lit';
import { addMessages, t as translate, type Lang } from '../core/locale.js';
import { cssomStyle } from '../core/cssom-style.js';
import { WHEEL, midAngle, pointAt } from './senge-wheel.geometry.js';
import { OECD, SENGE, type Discipline, type Model } from './senge-wheel.model.js';

/**
 * What each discipline means (the tooltip), in our own words, the OECD dimensions' names, and the
 * tooltip itself: a lazy chunk, loaded right after the wheel's first paint (for `model="oecd"`
 * before it), so the first paint does not wait for it.
 */
export const textMessages = addMessages({
  nl: {
    'wheel.oecd': 'School als lerende organisatie (OECD)',
    'd.oVision': 'Gedeelde visie op het leren van alle leerlingen',
    'd.oStaff': 'Continu leren voor alle medewerkers',
    'd.oTeam': 'Teamleren en samenwerking',
    'd.oEnquiry': 'Cultuur van onderzoek, innovatie en verkenning',
    'd.oKnowledge': 'Systemen om kennis te verzamelen en te delen',
    'd.oExternal': 'Leren met de externe omgeving',
    'd.oLeader': 'Leiderschap in leren voorleven en laten groeien',
    'x.oVision': 'Een visie, samen gemaakt, die het leren van elke leerling centraal zet.',
    'x.oStaff': 'Iedereen in de school blijft zich professioneel ontwikkelen.',
    'x.oTeam': 'Collega’s leren van en met elkaar en werken samen aan onderwijs.',
    'x.oEnquiry': 'Durven uitproberen, onderzoeken en vernieuwen.',
    'x.oKnowledge': 'Gegevens en kennis worden verzameld, gedeeld en gebruikt.',
    'x.oExternal': 'De school leert samen met ouders, andere scholen en partners.',
    'x.oLeader': 'Leidinggevenden leren zelf voor en geven anderen ruimte om te leiden.',
    'x.systems': 'Het geheel zien: hoe keuzes en gevolgen in de school met elkaar samenhangen. Verbindt de andere vier.',
    'x.mastery': 'Ieder blijft zelf leren en werkt bewust aan wat hij of zij wil bereiken.',
    'x.models': 'Eigen aannames uitspreken, laten bevragen en zo nodig bijstellen.',
    'x.vision': 'Samen een beeld van de toekomst maken waar iedereen zich aan verbindt.',
    'x.team': 'Samen denken en leren in gesprek, zodat het team meer weet dan ieder apart.',
  },
  en: {
    'wheel.oecd': 'School as a learning organisation (OECD)',
    'd.oVision': 'Shared vision centred on the learning of all students',
    'd.oStaff': 'Continuous learning for all staff',
    'd.oTeam': 'Team learning and collaboration',
    'd.oEnquiry': 'Culture of enquiry, innovation and exploration',
    'd.oKnowledge': 'Systems for collecting and sharing knowledge',
    'd.oExternal': 'Learning with the external environment',
    'd.oLeader': 'Modelling and growing learning leadership',
    'x.oVision': 'A vision, made together, that puts every student’s learning first.',
    'x.oStaff': 'Everyone in the school keeps developing professionally.',
    'x.oTeam': 'Colleagues learn from and with each other and build teaching together.',
    'x.oEnquiry': 'Daring to try things out, to enquire and to innovate.',
    'x.oKnowledge': 'Data and knowledge are collected, shared and used.',
    'x.oExternal': 'The school learns with parents, other schools and partners.',
    'x.oLeader': 'Leaders learn in the open and give others room to lead.',
    'x.systems': 'Seeing the whole: how choices and effects in the school hang together. It links the other four.',
    'x.mastery': 'Everyone keeps learning and works on purpose towards what they want to achieve.',
    'x.models': 'Saying your assumptions out loud, letting others question them, and changing them where needed.',
    'x.vision': 'Building together a picture of the future that everyone commits to.',
    'x.team': 'Thinking and learning together in dialogue, so the team knows more than each member alone.',
  },
});

export type TextMessages = typeof textMessages;

type TextKey = keyof TextMessages['nl'] | `d.${Discipline}`;

/** The tooltip (id `tip`, named by the discipline's `aria-describedby`), beside its segment or under the hub. */
export function renderTip(key: Discipline, model: Model, lang: Lang): TemplateResult {
  const ring: readonly Discipline[] = model === 'oecd' ? OECD : SENGE.slice(1);
  const index = ring.indexOf(key);
  const [x, y] = index < 0 ? [0, WHEEL.hub] : pointAt(midAngle(index, ring.length), WHEEL.outer + 4);
  // Centred on the anchor, kept away from the sides so the box stays over the wheel.
  const percent = (value: number, low = 0, high = 100) => `${Math.min(high, Math.max(low, ((WHEEL.c + value) / WHEEL.size) * 100))}%`;
  const text = (name: TextKey) => translate(lang, name);
  return html`<div id="tip" role="tooltip" part="tooltip" class=${y < 0 ? 'tip above' : 'tip below'} style=${cssomStyle({ left: percent(x, 35, 65), top: percent(y) })}>
    <strong>${text(`d.${key}`)}</strong> ${text(`x.${key}` as TextKey)}
  </div>`;
}
