import { html, type TemplateResult } from 'lit';
import { addMessages, t as translate, type Lang } from '../core/locale.js';

/**
 * The feedback-theory panel, loaded only when a legend has `show-levels`, with its own strings:
 * Hattie & Timperley (2007), "The power of feedback", and Gulikers & Baartman's formative cycle.
 */
const messages = addMessages({
  nl: {
    'legend.questions': 'Drie vragen (Hattie & Timperley)',
    'legend.up': 'Waar ga ik naartoe?',
    'legend.back': 'Hoe gaat het nu?',
    'legend.forward': 'Wat is mijn volgende stap?',
    'legend.levels': 'Vier niveaus van feedback',
    'legend.task': 'Taak: klopt het, wat ontbreekt?',
    'legend.process': 'Proces: hoe pak je de taak aan?',
    'legend.regulation': 'Zelfregulatie: hoe stuur en controleer je je eigen werk?',
    'legend.self': 'Persoon: "Wat ben jij slim!"',
    'legend.helps': 'helpt het leren',
    'legend.noHelp': 'helpt het leren niet',
    'legend.cycle': 'Formatieve cyclus (Gulikers & Baartman)',
    'legend.phase1': 'Verwachtingen verhelderen',
    'legend.phase2': 'Bewijs van leren ontlokken en verzamelen',
    'legend.phase3': 'Dat bewijs analyseren en interpreteren',
    'legend.phase4': 'Met leerlingen over de resultaten communiceren',
    'legend.phase5': 'Vervolgacties nemen: onderwijs en leren bijstellen',
  },
  en: {
    'legend.questions': 'Three questions (Hattie & Timperley)',
    'legend.up': 'Where am I going?',
    'legend.back': 'How am I going?',
    'legend.forward': 'Where to next?',
    'legend.levels': 'Four levels of feedback',
    'legend.task': 'Task: is it right, what is missing?',
    'legend.process': 'Process: how do you go about the task?',
    'legend.regulation': 'Self-regulation: how do you steer and check your own work?',
    'legend.self': 'Self: "You are so clever!"',
    'legend.helps': 'helps learning',
    'legend.noHelp': 'does not help learning',
    'legend.cycle': 'Formative cycle (Gulikers & Baartman)',
    'legend.phase1': 'Clarify expectations',
    'legend.phase2': 'Elicit and collect evidence of learning',
    'legend.phase3': 'Analyse and interpret that evidence',
    'legend.phase4': 'Communicate about the results with pupils',
    'legend.phase5': 'Take follow-up actions: adapt teaching and learning',
  },
});

type TheoryMessage = keyof typeof messages.nl;

const t = (lang: Lang, key: TheoryMessage) => translate(lang, key);

const QUESTIONS = [['Feed up', 'legend.up'], ['Feed back', 'legend.back'], ['Feed forward', 'legend.forward']] as const;
const LEVELS = ['task', 'process', 'regulation', 'self'] as const;

/**
 * A heading of the panel, at the level the card chooses. Passed in rather than imported, so this
 * lazily loaded module shares no code with the card (a shared module would become a chunk of its
 * own that every legend bundle then loads).
 */
export type Subheading = (text: string) => TemplateResult;

/** Three questions and four levels; feedback on the self is marked as not helping learning. */
export function renderLevels(lang: Lang, subheading: Subheading): TemplateResult {
  return html`<div class="theory" part="theory">
    ${subheading(t(lang, 'legend.questions'))}
    <dl>${QUESTIONS.map(([term, key]) => html`<dt>${term}</dt><dd>${t(lang, key)}</dd>`)}</dl>
    ${subheading(t(lang, 'legend.levels'))}
    <ol class="levels">
      ${LEVELS.map((level) => {
        const helps = level !== 'self';
        return html`<li class=${helps ? 'helps' : 'no-help'}>
          <span class="mark" aria-hidden="true">${helps ? '✓' : '✗'}</span>
          ${t(lang, `legend.${level}`)} <em>(${t(lang, helps ? 'legend.helps' : 'legend.noHelp')})</em>
        </li>`;
      })}
    </ol>
  </div>`;
}

/** The five phases of the formative cycle. */
export function renderCycle(lang: Lang, subheading: Subheading): TemplateResult {
  return html`<div class="theory" part="theory">
    ${subheading(t(lang, 'legend.cycle'))}
    <ol class="cycle">
      ${([1, 2, 3, 4, 5] as const).map((phase) => html`<li>${t(lang, `legend.phase${phase}`)}</li>`)}
    </ol>
  </div>`;
}
