import '../../components/index.js';
import { checkbox, control, controlsForm, numberInput, numberOf, select, type Slide } from '../slide.js';
import { BEFORE as LANDSCAPE_BEFORE, NOW as LANDSCAPE_NOW } from './landscape.js';
import { TEAM_BEFORE, TEAM_NOW, wheelData } from './senge-wheel.js';
import { defaultRows, legendData } from './feedback-legend.js';

/**
 * Pre- and post-test scores of four groups of the fictional school in examples/leerlingen.csv, by
 * subject and period (pupils with both scores, names left out). Arithmetic is measured twice a
 * year, the others once. The barometers compute d and its CI from them; the Schakelklas has 4
 * pupils, so it shows no number (privacy).
 */
const SCORES: Record<string, Record<string, { pre: number[]; post: number[] }>> = {
  '3A': {
    'rekenen sep-jan': { pre: [45.5,36.5,40.5,58,53.5,57,46,42,58,55,37,48.5,51.5,54.5,65,44.5,50,59,40.5,55.5,55,42.5,58,42.5,56.5,44,64.5,54.5], post: [52.5,34,39.5,63.5,53,65.5,47.5,41,62,54.5,40.5,53,56,53.5,64,49,58,64,36,56,58.5,44,61.5,44.5,59,45,66.5,60] },
    'rekenen feb-jun': { pre: [52.5,35,38,61,53,65,49,42,62.5,54.5,52,57.5,53.5,65,48,57,63,34.5,56.5,59.5,43,60,43.5,58,45,65,58], post: [55.5,38.5,43.5,59.5,52.5,68,48,44.5,69.5,57.5,50,61,59.5,64,52,55.5,67.5,41.5,52,58,37.5,58.5,49,58.5,49.5,77,64.5] },
    'taal sep-jun': { pre: [49,46,54.5,44,51.5,48.5,51.5,49,54.5,39,63.5,61,34.5,60,59,48.5,37.5,37.5,47.5,43,43.5,45,46.5,53,50.5,47,36.5,38.5], post: [47,47,70,46.5,65,52.5,55.5,53.5,53,46.5,63.5,70.5,47,67,60.5,40.5,44.5,40.5,49,50,44.5,46,54.5,58.5,56.5,56.5,39,44] },
    'begrijpend lezen sep-jun': { pre: [36.5,55,46.5,71,59.5,50,59.5,46,47.5,52,60.5,72,47,71.5,49.5,38.5,35,55.5,36,66.5,47,70.5,51,36.5,51.5,52.5,65.5], post: [34.5,55.5,47.5,81.5,68,63.5,72,43,49,53.5,68,83,56,69,63,49,40,59,38.5,72.5,59,76.5,55.5,38,52.5,66,71] },
  },
  '5B': {
    'rekenen sep-jan': { pre: [50.5,51.5,53,38.5,38.5,51,63,51,36.5,53,49.5,33.5,41.5,37.5,54,43.5,66,49,58,41,53,56,55.5,56,43.5,49.5,40], post: [60,55,57.5,42,39,59,73,56.5,37,58,52.5,39,55,39,59.5,50.5,75,50.5,62,46.5,55.5,56.5,64.5,50.5,52,56.5,45.5] },
    'rekenen feb-jun': { pre: [62,55,57.5,43,38.5,58.5,72,55,36,57,52.5,38.5,56,40,59,50.5,75,40.5,49.5,63,47,55,57,64,51,52.5,55,46.5], post: [64.5,53,62.5,51,47,61,77,58.5,45,60.5,54.5,43,63.5,43.5,65,57,77.5,46,53,66.5,49.5,59.5,54.5,69,52.5,50.5,63,52.5] },
    'taal sep-jun': { pre: [40.5,45,34,56.5,50.5,47,39.5,43.5,57,47.5,46.5,46,63.5,44,50.5,56.5,50,50,55.5,46.5,50.5,46.5,39.5,59.5,34,46.5,42.5], post: [44,50.5,43.5,62.5,57.5,55,38,56,60,65.5,55,55,62.5,48.5,62.5,69.5,50.5,52.5,58,56.5,61.5,52.5,39.5,66.5,32,55,53] },
    'begrijpend lezen sep-jun': { pre: [62.5,44.5,40,36.5,37.5,48,58.5,62.5,36.5,45,55,55,53,54.5,56,52,50,49.5,46,48,47,51.5,57,54,53,51,45.5,56.5], post: [68,46,38,36.5,43.5,56,62,67,43.5,37.5,61,61,76,62,61.5,55,56,63.5,45,47.5,54,59.5,67,54,58.5,61.5,58.5,75] },
  },
  '6A': {
    'rekenen sep-jan': { pre: [60.5,46.5,39.5,60,50,48,63.5,46.5,59,47,45.5,53.5,48.5,59,65,46,51,47.5,52,39,53,52,55,47,49,50.5,61.5,76,41], post: [60,50.5,40,55.5,49,49,56.5,48.5,65,47.5,45.5,54,43.5,60,65.5,45.5,53.5,47,56,38,54.5,48.5,59,50,48.5,55.5,64,74,48] },
    'rekenen feb-jun': { pre: [60,51.5,39.5,50.5,48.5,54.5,48,67,48,43,52,42.5,58.5,65.5,45.5,52.5,48,56,37,54,48.5,45.5,57.5,49.5,48,54.5,64.5,73.5,47], post: [67.5,59.5,44,57.5,54,59.5,55,65,48.5,48.5,55,40,68.5,75,44.5,52.5,49.5,61,40,55.5,46.5,51,64.5,51,51.5,53.5,69,82.5,49] },
    'taal sep-jun': { pre: [49,69.5,57,55,37.5,28,69.5,55.5,46,50,52.5,52,50,46.5,69,53,55,56.5,52.5,50,45.5,66.5,49,54,43.5,54,62.5,37.5,43,51.5], post: [52.5,72,57,63.5,42.5,39,78,59,49,53.5,54,50.5,50,60.5,74.5,57,56.5,63.5,57,54.5,56,77,52.5,69.5,48,52,71,45.5,41,58] },
    'begrijpend lezen sep-jun': { pre: [41.5,47.5,39,68.5,51.5,39.5,44,57.5,37,39.5,38.5,33,53.5,64.5,49,41.5,54.5,46.5,50,48.5,51,45.5,59.5,31.5,49.5,56,42.5,48], post: [44,39,46.5,70,47.5,50,44.5,53,34.5,38,40,38,53,66.5,52,45,50,47,53.5,43,60.5,45,55,34,51,56,41.5,53] },
  },
  'Schakelklas': {
    'rekenen sep-jan': { pre: [63,58,55.5,49.5], post: [63.5,73,58.5,59] },
    'rekenen feb-jun': { pre: [62.5,72,57,58.5], post: [62.5,77,66.5,66.5] },
    'taal sep-jun': { pre: [33.5,55.5,53,42.5], post: [49.5,64,57,57] },
    'begrijpend lezen sep-jun': { pre: [64.5,56,65.5,52], post: [68.5,66,74.5,65] },
  },
};

/** How often each dot was given on the last test. */
const COUNTS = [4, 9, 3, 6, 5, 2];

const text = {
  nl: {
    subject: 'Vak en periode', hinge: 'Scharnierpunt', compare: 'Vorige meting tonen', groups: 'Opbrengsten per groep',
    team: 'Het team als lerende organisatie', legend: 'Feedback op de laatste toets', group: 'Groep',
    subjects: {
      'rekenen sep-jan': 'rekenen, sep–jan',
      'rekenen feb-jun': 'rekenen, feb–jun',
      'taal sep-jun': 'taal, sep–jun',
      'begrijpend lezen sep-jun': 'begrijpend lezen, sep–jun',
    },
  },
  en: {
    subject: 'Subject and period', hinge: 'Hinge point', compare: 'Show previous measurement', groups: 'Results per group',
    team: 'The team as a learning organisation', legend: 'Feedback on the last test', group: 'Group',
    subjects: {
      'rekenen sep-jan': 'arithmetic, Sep–Jan',
      'rekenen feb-jun': 'arithmetic, Feb–Jun',
      'taal sep-jun': 'language, Sep–Jun',
      'begrijpend lezen sep-jun': 'reading comprehension, Sep–Jun',
    },
  },
};

export const dashboardSlide: Slide = {
  id: 'dashboard',
  title: { nl: 'Dashboard', en: 'Dashboard' },
  file: false,
  intro: {
    nl: [
      'Alles samen, zoals een school het op intranet zet: per groep de effectgrootte van voor- naar nameting, het leerlandschap en het wiel van het team, en de feedback op de laatste toets.',
      'Het gaat om de cyclus: waarnemen, meten, ingrijpen en opnieuw meten. Rekenen is twee keer gemeten: vergelijk groep 6A in sep–jan en feb–jun. Zet bij het team de vorige meting aan om te zien wat er veranderd is. De schakelklas is te klein om een getal te tonen.',
    ],
    en: [
      'Everything together, as a school puts it on its intranet: per group the effect size from pre- to post-test, the team’s learning landscape and wheel, and the feedback on the last test.',
      'It is about the cycle: observe, measure, act and measure again. Arithmetic was measured twice: compare group 6A in Sep–Jan and Feb–Jun. For the team, turn on the previous measurement to see what changed. The bridging class is too small to show a number.',
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
    // Under the dashboard's own h3 section headings.
    legend.headingLevel = 4;

    // The latest period first, as the generated dashboard's headline.
    const subject = select(Object.entries(t.subjects), 'rekenen feb-jun');
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
