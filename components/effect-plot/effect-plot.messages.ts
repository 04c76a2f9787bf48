import { addMessages, t as translate, type Lang, type MessageParams } from '../core/locale.js';

/**
 * The forest plot's own strings for its first paint (zone names are shared, in core/zones.ts; the
 * legend's, the table's and the spoken row's are in effect-plot.details.ts, a lazy chunk).
 */
export const effectPlotMessages = addMessages({
  nl: {
    'plot.name': 'Effectgroottes',
    'plot.column': 'Invloed',
    'plot.unnamed': '(zonder naam)',
    'plot.empty': 'Nog geen effectgroottes om te tonen.',
    'plot.count': '{count} invloeden',
    'plot.filtered': '{shown} van {count} invloeden met "{filter}"',
    'plot.noMatch': 'Geen invloed bevat "{filter}".',
    'plot.sort': 'attribuut sort: "{value}" is niet value, name of none',
  },
  en: {
    'plot.name': 'Effect sizes',
    'plot.column': 'Influence',
    'plot.unnamed': '(no name)',
    'plot.empty': 'No effect sizes to show yet.',
    'plot.count': '{count} influences',
    'plot.filtered': '{shown} of {count} influences with "{filter}"',
    'plot.noMatch': 'No influence contains "{filter}".',
    'plot.sort': 'attribute sort: "{value}" is not value, name or none',
  },
});

export type EffectPlotMessage = keyof typeof effectPlotMessages.nl | 'table.show' | 'table.hide' | 'table.caption';

/** `t` typed to the plot's keys; importing it also guarantees the table is registered. */
export const t = (lang: Lang, key: EffectPlotMessage, params?: MessageParams): string => translate(lang, key, params);
