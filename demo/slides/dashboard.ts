import '../../components/index.js';
import { checkbox, control, controlsForm, numberInput, numberOf, select, type Slide } from '../slide.js';
import { BEFORE as LANDSCAPE_BEFORE, NOW as LANDSCAPE_NOW } from './landscape.js';
import { TEAM_BEFORE, TEAM_NOW, wheelData } from './senge-wheel.js';
import { defaultRows, legendData } from './feedback-legend.js';

/**
 * Pre- and post-test scores of four groups of the fictional school in examples/leerlingen.csv
 * (pupils with both scores, names left out). The barometers compute d and its CI from them; the
 * Schakelklas has 4 pupils or fewer, so it shows no number (privacy).
 */
const SCORES: Record<string, Record<string, { pre: number[]; post: number[] }>> = {
  '3A': {
    rekenen: { pre: [45.5,63.5,45,40.5,49,54,53.5,62,53,46,46,35,58,43,49.5,47,48.5,47,46.5,47,53,52.5,30,52.5,31.5,40,55,62], post: [57.5,61.5,48.5,40.5,56.5,66,54.5,67,63,49.5,54,41.5,65,54.5,50.5,46.5,55.5,54,50.5,58,60.5,63.5,34,65,38.5,39,64,63] },
    taal: { pre: [44.5,45,65.5,57,41,48,47,47.5,51,30,38,37.5,39.5,39,41,39,54.5,51.5,46,48.5,76,64,48.5,65,54.5,54.5,45], post: [49,57,69.5,66,37,50,47.5,47,56,29.5,42,48,44,46.5,38.5,51,59,58.5,53.5,53.5,82.5,74.5,40.5,73,63.5,45,53] },
    'begrijpend lezen': { pre: [57.5,57.5,45,39,38.5,61.5,36,57.5,25.5,52,33.5,57.5,52.5,49,50.5,51,48,42.5,33.5,40,71,53.5,47,53,49,53.5,37.5,59], post: [61,62,41,45.5,41,71.5,41,64.5,25.5,57,34,55,59,46,55.5,55.5,49,42.5,38.5,41.5,79,58.5,53.5,57,55.5,54,39.5,75] },
  },
  '5B': {
    rekenen: { pre: [59.5,52,44,42.5,59.5,54.5,49.5,55,58,59,49,44.5,68,49,49.5,53.5,53,50.5,45.5,42,58,55.5,56.5,64,64.5,52.5,67.5,61.5], post: [67,59.5,54.5,49.5,71,66,62,66,73,60,55,56.5,77.5,64,47,62,62,54,50.5,57.5,63,63,56,70.5,76.5,62.5,82,71] },
    taal: { pre: [47,41,46.5,48,54.5,52.5,47,62,40,48.5,31,57.5,53,49,48.5,63.5,66.5,56,50,47.5,66.5,38,34.5,49,46,46,50.5,69], post: [55,47.5,52,55.5,67.5,56.5,45.5,63.5,42,62,33.5,58,52.5,47,57,68,69,59.5,54,52,80.5,41,37.5,52.5,46.5,51,48.5,84.5] },
    'begrijpend lezen': { pre: [47,46,52.5,32,49.5,35.5,41,50.5,48.5,57,47,54.5,57,50,52.5,45,29.5,59,44,57.5,40,53.5,45.5,65,65.5,61,42], post: [50,49.5,59,28,54,34,40.5,55,50.5,68.5,57,59,63,52.5,53.5,48.5,37,63.5,56.5,65,44.5,60,55,71.5,76.5,69,57] },
  },
  '6A': {
    rekenen: { pre: [55.5,54.5,46.5,46.5,39.5,58,39,53,63.5,46.5,55,46.5,59,50,38.5,53.5,64,65,50,62,48.5,50,48,41.5,55.5,49.5,47,49.5,42], post: [53.5,51.5,42,45,44.5,56,32,56.5,65,44.5,63.5,51,57.5,42,38,45.5,63.5,68.5,50,61,45,49.5,42.5,38.5,50.5,52.5,53.5,54,54] },
    taal: { pre: [57.5,48.5,56,49.5,48,51,59.5,33.5,72,60.5,43,43.5,47,47,43,65.5,36.5,47,49,51.5,63,47.5,43,50,41.5,41.5,51.5,50.5,50.5,45.5], post: [62,54,52,53,58.5,45.5,72.5,35,84,63,48,51.5,46,51,52.5,63.5,39.5,53,49,54,67.5,60,48,64,46.5,42,58,62.5,52.5,49.5] },
    'begrijpend lezen': { pre: [67,67.5,48.5,53.5,54.5,47.5,50,48,54,57,72,56,58.5,39.5,58,50,54.5,46.5,62.5,43,52.5,63.5,51.5,58.5,60.5,39.5,43.5,46.5,54.5], post: [71,74,49.5,54.5,52,53.5,53,54,55.5,65,74.5,60.5,65,36.5,52,52,53,41,63,46,56.5,62,52,65.5,63.5,45.5,45.5,41,52] },
  },
  'Schakelklas': {
    rekenen: { pre: [47,47.5,49.5], post: [56,54,61.5] },
    taal: { pre: [53,47,47.5,42.5], post: [63,57,61.5,47] },
    'begrijpend lezen': { pre: [58,27.5,35,67], post: [66,39.5,42.5,84] },
  },
};

/** How often each dot was given on the last test. */
const COUNTS = [4, 9, 3, 6, 5, 2];

const text = {
  nl: {
    subject: 'Vak', hinge: 'Scharnierpunt', compare: 'Vorige meting tonen', groups: 'Opbrengsten per groep',
    team: 'Het team als lerende organisatie', legend: 'Feedback op de laatste toets', group: 'Groep',
    subjects: { rekenen: 'rekenen', taal: 'taal', 'begrijpend lezen': 'begrijpend lezen' },
  },
  en: {
    subject: 'Subject', hinge: 'Hinge point', compare: 'Show previous measurement', groups: 'Results per group',
    team: 'The team as a learning organisation', legend: 'Feedback on the last test', group: 'Group',
    subjects: { rekenen: 'arithmetic', taal: 'language', 'begrijpend lezen': 'reading comprehension' },
  },
};

export const dashboardSlide: Slide = {
  id: 'dashboard',
  title: { nl: 'Dashboard', en: 'Dashboard' },
  file: false,
  intro: {
    nl: [
      'Alles samen, zoals een school het op intranet zet: per groep de effectgrootte van voor- naar nameting, het leerlandschap en het wiel van het team, en de feedback op de laatste toets.',
      'Het gaat om de cyclus: waarnemen, meten, ingrijpen en opnieuw meten. Zet de vorige meting aan om te zien wat er veranderd is. De schakelklas is te klein om een getal te tonen.',
    ],
    en: [
      'Everything together, as a school puts it on its intranet: per group the effect size from pre- to post-test, the team’s learning landscape and wheel, and the feedback on the last test.',
      'It is about the cycle: observe, measure, act and measure again. Turn on the previous measurement to see what changed. The bridging class is too small to show a number.',
    ],
  },
  mount(stage, lang) {
    const t = text[lang];
    const board = document.createElement('div');
    board.className = 'dashboard';
    board.dataset.main = '';
    const section = (title: string, ...children: HTMLElement[]) => {
      const part = document.createElement('section');
      const heading = document.createElement('h3');
      heading.textContent = title;
      part.append(heading, ...children);
      return part;
    };

    const barometers = Object.keys(SCORES).map((group) => {
      const barometer = document.createElement('lzm-barometer');
      barometer.label = `${t.group} ${group}`;
      barometer.compact = true;
      return barometer;
    });
    const groups = document.createElement('div');
    groups.className = 'groups';
    groups.append(...barometers);

    const landscape = document.createElement('lzm-landscape');
    landscape.data = LANDSCAPE_NOW;
    landscape.label = lang === 'nl' ? 'dit jaar' : 'this year';
    landscape.compareLabel = lang === 'nl' ? 'vorig jaar' : 'last year';
    const wheel = document.createElement('lzm-senge-wheel');
    wheel.data = wheelData(TEAM_NOW);
    const legend = document.createElement('lzm-feedback-legend');
    legend.data = legendData(defaultRows(lang, COUNTS));

    const subject = select(Object.entries(t.subjects), 'rekenen');
    const hinge = numberInput(0.4, 0, 1, 0.05);
    const compare = checkbox(false);
    const groupsPart = section('', groups);
    board.append(groupsPart, section(t.team, landscape, wheel), section(t.legend, legend));
    const show = () => {
      groupsPart.querySelector('h3')!.textContent = `${t.groups}: ${subject.selectedOptions[0].text}`;
      barometers.forEach((barometer, index) => {
        barometer.data = SCORES[Object.keys(SCORES)[index]][subject.value];
        barometer.hinge = numberOf(hinge.value) ?? 0.4;
      });
      landscape.compare = compare.checked ? LANDSCAPE_BEFORE : undefined;
      wheel.compare = compare.checked ? wheelData(TEAM_BEFORE) : undefined;
    };
    show();
    stage.classList.add('wide');
    stage.append(board, controlsForm(control(t.subject, subject, show), control(t.hinge, hinge, show), control(t.compare, compare, show)));
  },
};
