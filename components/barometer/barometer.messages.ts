import { addMessages, t as translate, type Lang, type MessageParams } from '../core/locale.js';
import type { pupilMessages } from './barometer.data.js';

/**
 * The barometer's own strings for the dial (zone names are shared, in core/zones.ts; the table's are
 * in barometer.details.ts, those only pupil data can need in barometer.data.ts: both lazy chunks).
 */
export const barometerMessages = addMessages({
  nl: {
    'barometer.name': 'Effectgrootte',
    'barometer.ci': '95%-BI',
    'barometer.empty': 'Nog geen effectgrootte om te tonen.',
    'barometer.aboveScale': 'buiten de schaal, boven {max}',
    'barometer.belowScale': 'buiten de schaal, onder {min}',
  },
  en: {
    'barometer.name': 'Effect size',
    'barometer.ci': '95% CI',
    'barometer.empty': 'No effect size to show yet.',
    'barometer.aboveScale': 'off the scale, above {max}',
    'barometer.belowScale': 'off the scale, below {min}',
  },
});

export type BarometerMessage = keyof typeof barometerMessages.nl | keyof typeof pupilMessages.nl | 'table.show' | 'table.hide' | 'table.caption';

/** `t` typed to the barometer's keys; importing it also guarantees the table is registered. */
export const t = (lang: Lang, key: BarometerMessage, params?: MessageParams): string => translate(lang, key, params);
