import { addMessages, t as translate, type Lang, type MessageParams } from '../core/locale.js';
import type { HiddenReason } from './senge-wheel.model.js';
import type { TextMessages } from './senge-wheel.texts.js';

/**
 * The wheel's strings; `d.*` names a discipline. The explanations (tooltips) and the OECD model's
 * names are in senge-wheel.texts.ts, loaded on first focus or hover, or for `model="oecd"`.
 */
export const wheelMessages = addMessages({
  nl: {
    'd.systems': 'Systeemdenken',
    'd.mastery': 'Persoonlijk meesterschap',
    'd.models': 'Mentale modellen',
    'd.vision': 'Gedeelde visie',
    'd.team': 'Teamleren',
    'wheel.senge': 'De vijf disciplines van Senge',
    'wheel.team': 'team',
    'wheel.scale': 'Schaal {min}–{max}',
    'wheel.hub': 'Systeemdenken staat in het midden: het verbindt de vier andere disciplines.',
    'wheel.fill': 'De vulling van elk deel loopt van binnen naar buiten mee met de score.',
    'wheel.spread': 'Streep met dwarsstreepjes: spreiding (SD of laagste–hoogste).',
    'wheel.outline': 'Stippellijn: vorige meting.',
    'wheel.hidden': 'Minder dan {min} antwoorden: geen score getoond (privacy).',
    'wheel.complementNote': 'Verborgen: anders is de score van een kleiner team te herleiden (privacy).',
    'wheel.reasonSmall': 'verborgen, minder dan {min} antwoorden',
    'wheel.reasonComplement': 'verborgen, anders is een kleiner team te herleiden',
    'wheel.noData': 'geen gegevens',
    'wheel.change': 'verandering',
    'wheel.earlier': 'vorige meting',
    'wheel.discipline': 'Discipline',
    'wheel.score': 'Score',
    'wheel.spreadCol': 'Spreiding',
    'wheel.empty': 'Nog geen scores om te tonen.',
    'error.wheelRange': '{name}: {value} ligt buiten de schaal {min}–{max}',
  },
  en: {
    'd.systems': 'Systems thinking',
    'd.mastery': 'Personal mastery',
    'd.models': 'Mental models',
    'd.vision': 'Shared vision',
    'd.team': 'Team learning',
    'wheel.senge': 'Senge’s five disciplines',
    'wheel.team': 'team',
    'wheel.scale': 'Scale {min}–{max}',
    'wheel.hub': 'Systems thinking sits in the centre: it links the four other disciplines.',
    'wheel.fill': 'Each part fills from the inside outwards with its score.',
    'wheel.spread': 'Line with end bars: spread (SD or lowest–highest).',
    'wheel.outline': 'Dotted line: previous measurement.',
    'wheel.hidden': 'Fewer than {min} answers: no score shown (privacy).',
    'wheel.complementNote': 'Hidden: else a smaller team’s score could be worked out (privacy).',
    'wheel.reasonSmall': 'hidden, fewer than {min} answers',
    'wheel.reasonComplement': 'hidden, else a smaller team could be worked out',
    'wheel.noData': 'no data',
    'wheel.change': 'change',
    'wheel.earlier': 'previous measurement',
    'wheel.discipline': 'Discipline',
    'wheel.score': 'Score',
    'wheel.spreadCol': 'Spread',
    'wheel.empty': 'No scores to show yet.',
    'error.wheelRange': '{name}: {value} is outside the scale {min}–{max}',
  },
});

export type WheelMessage = keyof typeof wheelMessages.nl | keyof TextMessages['nl'] | 'table.show' | 'table.hide' | 'error.attribute' | 'error.scale';

/** `t` typed to the wheel's keys; importing it also registers the table. */
export const t = (lang: Lang, key: WheelMessage, params?: MessageParams): string => translate(lang, key, params);

/** Why a discipline has no score: hidden for privacy (and by which rule), or not in the data. The wheel and the dashboard say it alike. */
export const missingText = (lang: Lang, hidden: HiddenReason | undefined, minGroup: number): string =>
  hidden === 'small' ? t(lang, 'wheel.reasonSmall', { min: String(minGroup) }) : t(lang, hidden === 'complement' ? 'wheel.reasonComplement' : 'wheel.noData');
