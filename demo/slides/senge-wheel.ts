import '../../components/senge-wheel/senge-wheel.js';
import { wheelMessages } from '../../components/senge-wheel/senge-wheel.messages.js';
import { OECD, SENGE, type Discipline } from '../../components/senge-wheel/senge-wheel.model.js';
import { textMessages } from '../../components/senge-wheel/senge-wheel.texts.js';
import type { Lang } from '../../components/core/locale.js';
import { checkbox, control, controlsForm, numberInput, numberOf, scrollRegion, select, type Slide } from '../slide.js';

type Model = 'senge' | 'oecd';
interface Score {
  score?: number;
  n?: number;
  sd?: number;
}

const NAMES: Record<Lang, Record<string, string>> = {
  nl: { ...wheelMessages.nl, ...textMessages.nl },
  en: { ...wheelMessages.en, ...textMessages.en },
};
const nameOf = (key: Discipline, lang: Lang) => NAMES[lang][`d.${key}`];

/** A fictional team's survey (1..5): strong on personal mastery, weak on mental models. */
export const TEAM_NOW: Record<string, Score> = {
  systems: { score: 2.9, n: 18, sd: 0.8 },
  mastery: { score: 3.9, n: 18, sd: 0.6 },
  models: { score: 2.6, n: 18, sd: 0.9 },
  vision: { score: 3.5, n: 18, sd: 0.7 },
  team: { score: 3.8, n: 18, sd: 0.5 },
};
export const TEAM_BEFORE: Record<string, Score> = {
  systems: { score: 2.6 },
  mastery: { score: 3.7 },
  models: { score: 2.4 },
  vision: { score: 3.0 },
  team: { score: 3.6 },
};
const SCHOOL_NOW: Record<string, Score> = {
  oVision: { score: 3.6, n: 24, sd: 0.6 },
  oStaff: { score: 3.9, n: 24, sd: 0.5 },
  oTeam: { score: 3.4, n: 24, sd: 0.8 },
  oEnquiry: { score: 2.8, n: 24, sd: 0.9 },
  oKnowledge: { score: 2.5, n: 24, sd: 0.7 },
  oExternal: { score: 3.0, n: 24, sd: 0.8 },
  oLeader: { score: 3.3, n: 24, sd: 0.6 },
};
const SCHOOL_BEFORE: Record<string, Score> = {
  oVision: { score: 3.2 },
  oStaff: { score: 3.8 },
  oTeam: { score: 3.0 },
  oEnquiry: { score: 2.6 },
  oKnowledge: { score: 2.6 },
  oExternal: { score: 2.7 },
  oLeader: { score: 3.1 },
};

/** Scores by discipline key → the element's data shape (Dutch discipline names, as a file has them). */
export function wheelData(scores: Record<string, Score>): Record<string, Score> {
  return Object.fromEntries(Object.entries(scores).map(([key, score]) => [nameOf(key as Discipline, 'nl'), score]));
}

const text = {
  nl: {
    model: 'Model', senge: 'Senge: vijf disciplines', oecd: 'OECD: zeven dimensies', compare: 'Vorige meting tonen',
    discipline: 'Onderdeel', score: 'score', sd: 'SD', team: 'Team bovenbouw', school: 'Onze school', table: 'Scores bewerken',
  },
  en: {
    model: 'Model', senge: 'Senge: five disciplines', oecd: 'OECD: seven dimensions', compare: 'Show previous measurement',
    discipline: 'Part', score: 'score', sd: 'SD', team: 'Upper-school team', school: 'Our school', table: 'Edit the scores',
  },
};

export const sengeWheelSlide: Slide = {
  id: 'senge-wheel',
  title: { nl: 'De lerende organisatie', en: 'The learning organisation' },
  intro: {
    nl: [
      'Peter Senge beschreef in 1990 vijf disciplines die een organisatie lerend maken: persoonlijk meesterschap, mentale modellen, gedeelde visie, teamleren en systeemdenken.',
      'Systeemdenken is de vijfde en belangrijkste: het verbindt de andere vier. Daarom staat het in het midden van het wiel, niet als vijfde taartpunt.',
      'Het OECD-model kijkt met zeven dimensies naar de school als lerende organisatie. Een score is meestal het gemiddelde van een teamvragenlijst (1–5); lees hem samen met n en de spreiding. Bij minder dan 5 antwoorden tonen we geen score.',
    ],
    en: [
      'In 1990 Peter Senge described five disciplines that make an organisation learn: personal mastery, mental models, shared vision, team learning and systems thinking.',
      'Systems thinking is the fifth and most important: it connects the other four. That is why it sits at the hub of the wheel, not as a fifth slice.',
      'The OECD model looks at the school as a learning organisation through seven dimensions. A score is usually the mean of a team survey (1–5); read it with n and the spread. With fewer than 5 answers no score is shown.',
    ],
  },
  mount(stage, lang) {
    const t = text[lang];
    const scores: Record<Model, Record<string, Score>> = { senge: structuredClone(TEAM_NOW), oecd: structuredClone(SCHOOL_NOW) };
    const before: Record<Model, Record<string, Score>> = { senge: TEAM_BEFORE, oecd: SCHOOL_BEFORE };
    const element = document.createElement('lzm-senge-wheel');
    element.dataset.main = '';
    const model = select([['senge', t.senge], ['oecd', t.oecd]], 'senge');
    const compare = checkbox(true);
    const table = document.createElement('table');
    table.className = 'edit';

    const show = () => {
      const key = model.value as Model;
      element.model = key;
      element.label = key === 'senge' ? t.team : t.school;
      element.data = wheelData(scores[key]);
      element.compare = compare.checked ? wheelData(before[key]) : undefined;
    };
    /** One row per discipline: score, n and SD, each changing the wheel as it is typed. */
    const rows = () => {
      const key = model.value as Model;
      const head = table.createTHead().insertRow();
      head.append(...[t.discipline, t.score, 'n', t.sd].map((label) => Object.assign(document.createElement('th'), { scope: 'col', textContent: label })));
      const body = table.createTBody();
      for (const discipline of key === 'senge' ? SENGE : OECD) {
        const row = body.insertRow();
        const name = nameOf(discipline, lang);
        row.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: name }));
        const entry = scores[key][discipline];
        const fields: [keyof Score, HTMLInputElement, string][] = [
          ['score', numberInput(entry.score ?? 3, 1, 5, 0.1), t.score],
          ['n', numberInput(entry.n ?? 0, 0, 999, 1), 'n'],
          ['sd', numberInput(entry.sd ?? 0, 0, 2, 0.1), t.sd],
        ];
        for (const [field, input, label] of fields) {
          input.setAttribute('aria-label', `${name}: ${label}`);
          input.addEventListener('input', () => {
            entry[field] = numberOf(input.value);
            show();
          });
          row.insertCell().append(input);
        }
      }
    };
    const rebuild = () => {
      table.replaceChildren();
      rows();
      show();
    };
    rebuild();
    stage.append(element, controlsForm(control(t.model, model, rebuild), control(t.compare, compare, show)), scrollRegion(table, t.table));
  },
};
