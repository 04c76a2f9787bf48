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
    'plot.items': 'invloeden',
    'plot.count': '{count} {items}',
    'plot.filtered': '{shown} van {count} {items} met "{filter}"',
    'plot.noMatch': 'Geen van de {items} bevat "{filter}".',
    'plot.sort': 'attribuut sort: "{value}" is niet value, name of none',
  },
  en: {
    'plot.name': 'Effect sizes',
    'plot.column': 'Influence',
    'plot.unnamed': '(no name)',
    'plot.empty': 'No effect sizes to show yet.',
    'plot.items': 'influences',
    'plot.count': '{count} {items}',
    'plot.filtered': '{shown} of {count} {items} with "{filter}"',
    'plot.noMatch': 'None of the {items} contains "{filter}".',
    'plot.sort': 'attribute sort: "{value}" is not value, name or none',
  },
});

export type EffectPlotMessage = keyof typeof effectPlotMessages.nl | 'table.show' | 'table.hide' | 'table.caption';

/** `t` typed to the plot's keys; importing it also guarantees the table is registered. */
export const t = (lang: Lang, key: EffectPlotMessage, params?: MessageParams): string => translate(lang, key, params);
