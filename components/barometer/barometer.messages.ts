import { addMessages, t as translate, type Lang, type MessageParams } from '../core/locale.js';

/** The barometer's own strings for the dial (zone names are shared, in core/zones.ts; the table's are in barometer.details.ts). */
export const barometerMessages = addMessages({
  nl: {
    'barometer.name': 'Effectgrootte',
    'barometer.ci': '95%-BI',
    'barometer.empty': 'Nog geen effectgrootte om te tonen.',
    'barometer.aboveScale': 'buiten de schaal, boven {max}',
    'barometer.belowScale': 'buiten de schaal, onder {min}',
    'barometer.smallGroup': 'Minder dan {min} leerlingen: geen effectgrootte getoond (privacy).',
    'barometer.missingPairs': '{count} leerlingen zonder voor- of nameting niet meegeteld.',
  },
  en: {
    'barometer.name': 'Effect size',
    'barometer.ci': '95% CI',
    'barometer.empty': 'No effect size to show yet.',
    'barometer.aboveScale': 'off the scale, above {max}',
    'barometer.belowScale': 'off the scale, below {min}',
    'barometer.smallGroup': 'Fewer than {min} pupils: no effect size shown (privacy).',
    'barometer.missingPairs': '{count} pupils without a pre- or post-test left out.',
  },
});

export type BarometerMessage = keyof typeof barometerMessages.nl | 'table.show' | 'table.hide' | 'table.caption';

/** `t` typed to the barometer's keys; importing it also guarantees the table is registered. */
export const t = (lang: Lang, key: BarometerMessage, params?: MessageParams): string => translate(lang, key, params);
