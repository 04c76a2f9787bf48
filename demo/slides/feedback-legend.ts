import '../../components/feedback-legend/feedback-legend.js';
import { namedColor } from '../../components/feedback-legend/feedback-legend.color.js';
import { DEFAULT_COLORS, SHAPES } from '../../components/feedback-legend/feedback-legend.model.js';
import { t as legendText, type LegendMessage } from '../../components/feedback-legend/feedback-legend.messages.js';
import type { Lang } from '../../components/core/locale.js';
import { CARDS_PER_PAGE, printSheet } from '../print-sheet.js';
import { control, controlsForm, numberInput, numberOf, scrollRegion, select, textInput, type Slide } from '../slide.js';

interface Row {
  number: number;
  color: string;
  symbol: string;
  meaning: string;
  count?: number;
}

/** Counts of a marked test, so the card also shows which dots were given most. */
const COUNTS = [3, 7, 2, 5, 4, 1];

/** The six default entries, in the slide's language, as editable rows. */
export function defaultRows(lang: Lang, counts: readonly (number | undefined)[] = []): Row[] {
  return DEFAULT_COLORS.map((color, index) => ({
    number: index + 1,
    color: `#${namedColor(color)![0]}`,
    symbol: SHAPES[index],
    meaning: legendText(lang, `legend.${index + 1}` as LegendMessage),
    count: counts[index],
  }));
}

/** Rows → the element's data (the keys a school's CSV would have). */
export function legendData(rows: readonly Row[]): object[] {
  return rows.map((row) => ({ nummer: row.number, kleur: row.color, symbool: row.symbol, betekenis: row.meaning, ...(row.count === undefined ? {} : { aantal: row.count }) }));
}

const text = {
  nl: {
    heading: 'Kop', levels: 'Theorie erbij', none: 'geen', levelsOption: 'vragen en niveaus', cycle: 'formatieve cyclus', all: 'allebei',
    size: 'Afdrukformaat', perPage: 'Kaarten per pagina', print: 'Kaartenvel afdrukken', entries: 'Stippen',
    number: 'Nr.', color: 'kleur', symbol: 'vorm', meaning: 'betekenis', count: 'aantal',
  },
  en: {
    heading: 'Heading', levels: 'Add theory', none: 'none', levelsOption: 'questions and levels', cycle: 'formative cycle', all: 'both',
    size: 'Print size', perPage: 'Cards per page', print: 'Print card sheet', entries: 'Dots',
    number: 'No.', color: 'colour', symbol: 'shape', meaning: 'meaning', count: 'count',
  },
};

export const feedbackLegendSlide: Slide = {
  id: 'feedback-legend',
  title: { nl: 'Feedback met gekleurde stippen', en: 'Feedback with coloured dots' },
  intro: {
    nl: [
      'Bij het nakijken schrijft de leraar niet het goede antwoord op, maar zet een gekleurde stip. Op de legendakaart zoekt de leerling op wat de stip betekent en gaat zelf weer aan het werk.',
      'Kleur alleen is niet genoeg: elke stip heeft ook een vorm en een nummer, voor kleurenblinde leerlingen en voor zwart-witprints. De kaart wordt geprint en in het schrift geplakt.',
      'Hattie en Timperley: goede feedback beantwoordt drie vragen — waar ga ik naartoe, hoe gaat het, wat is de volgende stap? — op het niveau van de taak, het proces of de zelfregulatie. Feedback op de persoon helpt het leren niet.',
    ],
    en: [
      'When marking, the teacher does not write the right answer but puts a coloured dot. On the legend card the pupil looks up what the dot means and goes back to work.',
      'Colour alone is not enough: each dot also has a shape and a number, for colour-blind pupils and black-and-white prints. The card is printed and glued into the exercise book.',
      'Hattie and Timperley: good feedback answers three questions — where am I going, how am I going, where to next? — at the level of the task, the process or self-regulation. Feedback about the person does not help learning.',
    ],
  },
  mount(stage, lang) {
    const t = text[lang];
    const rows = defaultRows(lang, COUNTS);
    const element = document.createElement('lzm-feedback-legend');
    element.dataset.main = '';
    element.setAttribute('show-levels', 'levels');
    const show = () => (element.data = legendData(rows));
    show();

    const shapes = SHAPES.map((shape) => [shape, legendText(lang, `legend.${shape}`)] as const);
    const table = document.createElement('table');
    table.className = 'edit';
    table.createCaption().textContent = t.entries;
    table.createTHead().insertRow().append(
      ...[t.number, t.color, t.symbol, t.meaning, t.count].map((label) => Object.assign(document.createElement('th'), { scope: 'col', textContent: label })),
    );
    const body = table.createTBody();
    for (const row of rows) {
      const line = body.insertRow();
      line.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: String(row.number) }));
      const color = Object.assign(document.createElement('input'), { type: 'color', value: row.color });
      const fields: [HTMLInputElement | HTMLSelectElement, string, (value: string) => void][] = [
        [color, t.color, (value) => (row.color = value)],
        [select(shapes, row.symbol), t.symbol, (value) => (row.symbol = value)],
        [textInput(row.meaning), t.meaning, (value) => (row.meaning = value)],
        [numberInput(row.count ?? 0, 0, 999, 1), t.count, (value) => (row.count = numberOf(value))],
      ];
      for (const [input, label, apply] of fields) {
        input.setAttribute('aria-label', `${row.number}: ${label}`);
        input.addEventListener('input', () => {
          apply(input.value);
          show();
        });
        line.insertCell().append(input);
      }
    }

    const levels = select([['', t.none], ['levels', t.levelsOption], ['cycle', t.cycle], ['all', t.all]], 'levels');
    const size = select([['a6', 'A6 (105 × 148 mm)'], ['a5', 'A5 (148 × 210 mm)']], 'a6');
    const perPage = select([], '');
    const fillPerPage = () => {
      const current = perPage.value;
      perPage.replaceChildren(...CARDS_PER_PAGE[size.value as 'a6' | 'a5'].map((count) => new Option(String(count), String(count))));
      perPage.value = [...perPage.options].some((option) => option.value === current) ? current : perPage.options[perPage.options.length - 1].value;
    };
    fillPerPage();
    const print = Object.assign(document.createElement('button'), { type: 'button', textContent: t.print });
    print.addEventListener('click', () => void printSheet(element, Number(perPage.value)));

    stage.append(
      element,
      controlsForm(
        control(t.heading, textInput(legendText(lang, 'legend.title')), (value) => (value ? element.setAttribute('heading', value) : element.removeAttribute('heading'))),
        control(t.levels, levels, (value) => (value ? element.setAttribute('show-levels', value) : element.removeAttribute('show-levels'))),
        control(t.size, size, (value) => {
          element.printSize = value as 'a6' | 'a5';
          fillPerPage();
        }),
        // Read when the sheet is printed.
        control(t.perPage, perPage, () => undefined),
        print,
      ),
      scrollRegion(table, t.entries),
    );
  },
};
