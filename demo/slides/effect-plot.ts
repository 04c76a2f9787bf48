import '../../components/effect-plot/effect-plot.js';
import type { EffectPlotRow, LzmSelectDetail, SortOrder } from '../../components/effect-plot/effect-plot.js';
import { formatNumber, type Lang } from '../../components/core/locale.js';
import { control, controlsForm, numberInput, numberOf, select, textInput, type Slide } from '../slide.js';

/** The figures the sources give (docs: domain brief): d only, no CIs. */
export const SOURCES: EffectPlotRow[] = [
  { name: 'Kleinere klassen', value: 0.18 },
  { name: 'Feedback van de leerkracht (eerste review)', value: 1.13 },
  { name: 'Feedback van de leerkracht (latere definitie)', value: 0.75 },
  { name: 'Hoge verwachtingen voor alle leerlingen', value: 1.44 },
];

/** Hattie's domains; the long list names its rows after them so a filter ("leerkracht") narrows it. */
const DOMAINS = { nl: ['Leerling', 'Thuis', 'School', 'Klas', 'Leerkracht', 'Curriculum', 'Onderwijsaanpak'], en: ['Student', 'Home', 'School', 'Classroom', 'Teacher', 'Curricula', 'Teaching approach'] };

/**
 * A made-up list shaped like Hattie's (about 320 influences, mean d ≈ 0,40): deterministic, so a
 * trainer sees the same list every time. Each row has a CI that narrows with n (the studies behind it).
 */
export function longList(lang: Lang, count = 320): EffectPlotRow[] {
  let seed = 20;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const round = (x: number) => Math.round(x * 100) / 100;
  return Array.from({ length: count }, (_, i) => {
    // The sum of three uniform draws is close to normal: mean 0,40, spread about 0,30.
    const value = round(Math.min(1.5, Math.max(-0.35, 0.4 + (next() + next() + next() - 1.5) * 0.6)));
    const n = 2 + Math.floor(next() * 60);
    const half = round(0.6 / Math.sqrt(n) + 0.03);
    const domain = DOMAINS[lang][i % DOMAINS[lang].length];
    return { name: `${domain} ${Math.floor(i / DOMAINS[lang].length) + 1}`, value, ciLow: round(value - half), ciHigh: round(value + half), n };
  });
}

const text = {
  nl: {
    list: 'Lijst', sources: 'Uit de bronnen (4)', long: 'Een lijst als die van Hattie (320, verzonnen)', filter: 'Zoek in de namen', sort: 'Volgorde',
    byValue: 'Grootste effect eerst', byName: 'Op naam', asGiven: 'Zoals in de gegevens', hinge: 'Scharnierpunt', chosen: 'Gekozen', none: 'Kies een rij met Enter of een klik.',
    label: 'Invloeden op leerprestaties',
  },
  en: {
    list: 'List', sources: 'From the sources (4)', long: "A list like Hattie's (320, made up)", filter: 'Search the names', sort: 'Order',
    byValue: 'Largest effect first', byName: 'By name', asGiven: 'As in the data', hinge: 'Hinge point', chosen: 'Chosen', none: 'Choose a row with Enter or a click.',
    label: 'Influences on achievement',
  },
};

export const effectPlotSlide: Slide = {
  id: 'effect-plot',
  title: { nl: 'Veel effectgroottes tegelijk', en: 'Many effect sizes at once' },
  intro: {
    nl: [
      'Eén barometer toont één getal. Hattie zette er ongeveer 320 op een rij, een school heeft er één per groep en vak: zet ze onder elkaar, zoals een meta-analyse doet.',
      'Elke rij heeft een punt bij d, een lijntje voor het 95%-betrouwbaarheidsinterval en n; de verticale lijn is het scharnierpunt. De vorm van het punt zegt de zone, ook zonder kleur.',
      'Zoek in de lijst, sorteer hem, en loop er met de pijltjestoetsen doorheen.',
    ],
    en: [
      "One barometer shows one number. Hattie listed about 320; a school has one per group and subject: put them one under the other, as a meta-analysis does.",
      'Each row has a dot at d, a line for the 95% confidence interval and n; the vertical line is the hinge point. The dot’s shape gives its zone, colour or not.',
      'Search the list, sort it, and walk through it with the arrow keys.',
    ],
  },
  mount(stage, lang) {
    const t = text[lang];
    const element = document.createElement('lzm-effect-plot');
    element.dataset.main = '';
    element.label = t.label;
    element.data = SOURCES;
    const chosen = document.createElement('p');
    chosen.className = 'chosen';
    chosen.setAttribute('role', 'status');
    chosen.textContent = t.none;
    element.addEventListener('lzm-select', (event) => {
      const { row } = (event as CustomEvent<LzmSelectDetail>).detail;
      chosen.textContent = `${t.chosen}: ${row.name} (d = ${formatNumber(row.value, lang)})`;
    });
    const list = select([['sources', t.sources], ['long', t.long]], 'sources');
    const sort = select([['value', t.byValue], ['name', t.byName], ['none', t.asGiven]], 'value');
    stage.append(
      element,
      controlsForm(
        control(t.list, list, (value) => (element.data = value === 'long' ? longList(lang) : SOURCES)),
        control(t.filter, textInput(''), (value) => (element.filter = value)),
        control(t.sort, sort, (value) => (element.sort = value as SortOrder)),
        control(t.hinge, numberInput(0.4, 0, 1, 0.05), (value) => (element.hinge = numberOf(value) ?? 0.4)),
        chosen,
      ),
    );
  },
};
