import { addMessages, t as translate, type Lang, type MessageParams } from '../core/locale.js';

/**
 * The legend's own strings. The six default meanings paraphrase the source's list (domain.md §4).
 * The theory panel's texts live in feedback-legend.theory.ts, loaded only with `show-levels`.
 */
export const legendMessages = addMessages({
  nl: {
    'legend.title': 'Wat betekent mijn stip?',
    'legend.hint': 'Zoek je stip op en ga terug naar je antwoord.',
    'legend.1': 'Je antwoord lijkt niet op het goede antwoord. Lees de vraag opnieuw.',
    'legend.2': 'Je antwoord klopt, maar je uitleg of onderbouwing nog niet helemaal.',
    'legend.3': 'Je antwoord lijkt op het goede antwoord, maar er klopt iets niet.',
    'legend.4': 'Je antwoord klopt, maar er ontbreken een of meer onderdelen.',
    'legend.5': 'Er ontbreken een of meer onderdelen.',
    'legend.6': 'Je antwoord klopt, maar voldoet nog niet helemaal aan de eisen van de opdracht.',
    'legend.circle': 'rondje',
    'legend.square': 'vierkantje',
    'legend.triangle': 'driehoekje',
    'legend.diamond': 'ruitje',
    'legend.star': 'sterretje',
    'legend.cross': 'kruisje',
    'legend.glyph': 'teken {glyph}',
    'legend.given': '{count} keer gegeven',
  },
  en: {
    'legend.title': 'What does my dot mean?',
    'legend.hint': 'Find your dot, then go back to your answer.',
    'legend.1': 'Your answer is not like the right answer. Read the question again.',
    'legend.2': 'Your answer is right, but your explanation or reasoning is not quite there.',
    'legend.3': 'Your answer looks like the right answer, but something is off.',
    'legend.4': 'Your answer is right, but one or more parts are missing.',
    'legend.5': 'One or more parts are missing.',
    'legend.6': 'Your answer is right, but does not fully meet what the task asks.',
    'legend.circle': 'circle',
    'legend.square': 'square',
    'legend.triangle': 'triangle',
    'legend.diamond': 'diamond',
    'legend.star': 'star',
    'legend.cross': 'cross',
    'legend.glyph': 'sign {glyph}',
    'legend.given': 'given {count} times',
  },
});

export type LegendMessage = keyof typeof legendMessages.nl;

/** `t` typed to the legend's keys; importing it also guarantees the table is registered. */
export const t = (lang: Lang, key: LegendMessage, params?: MessageParams): string => translate(lang, key, params);
