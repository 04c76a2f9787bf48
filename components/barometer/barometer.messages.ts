import { addMessages, t as translate, type Lang, type MessageParams } from '../core/locale.js';

/** The barometer's own strings (zone names are shared, in core/zones.ts). */
export const barometerMessages = addMessages({
  nl: {
    'barometer.name': 'Effectgrootte',
    'barometer.hinge': 'scharnierpunt',
    'barometer.ci': '95%-BI',
    'barometer.reference': 'referentie',
    'barometer.empty': 'Nog geen effectgrootte om te tonen.',
    'barometer.aboveScale': 'buiten de schaal, boven {max}',
    'barometer.belowScale': 'buiten de schaal, onder {min}',
    'barometer.smallGroup': 'Minder dan {min} leerlingen: geen effectgrootte getoond (privacy).',
    'barometer.missingPairs': '{count} leerlingen zonder voor- of nameting niet meegeteld.',
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
    'barometer.name': 'Effect size',
    'barometer.hinge': 'hinge point',
    'barometer.ci': '95% CI',
    'barometer.reference': 'reference',
    'barometer.empty': 'No effect size to show yet.',
    'barometer.aboveScale': 'off the scale, above {max}',
    'barometer.belowScale': 'off the scale, below {min}',
    'barometer.smallGroup': 'Fewer than {min} pupils: no effect size shown (privacy).',
    'barometer.missingPairs': '{count} pupils without a pre- or post-test left out.',
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

export type BarometerMessage = keyof typeof barometerMessages.nl | 'table.show' | 'table.hide' | 'table.caption';

/** `t` typed to the barometer's keys; importing it also guarantees the table is registered. */
export const t = (lang: Lang, key: BarometerMessage, params?: MessageParams): string => translate(lang, key, params);
