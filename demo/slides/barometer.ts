import '../../components/barometer/barometer.js';
import { control, numberInput, rangeInput, textInput, checkbox, type Slide } from '../slide.js';

const text = {
  nl: { value: 'Effectgrootte', label: 'Invloed', hinge: 'Scharnierpunt', low: 'BI onder', high: 'BI boven', n: 'n', reference: 'Referentie', compact: 'Compact' },
  en: { value: 'Effect size', label: 'Influence', hinge: 'Hinge point', low: 'CI low', high: 'CI high', n: 'n', reference: 'Reference', compact: 'Compact' },
};

export const barometerSlide: Slide = {
  id: 'barometer',
  title: { nl: 'De barometer van Hattie', en: "Hattie's barometer" },
  intro: {
    nl: [
      'John Hattie zette ongeveer 320 invloeden op leerprestaties op een rij, elk met een effectgrootte: hoeveel standaarddeviaties leerlingen vooruitgaan.',
      'Boven het scharnierpunt van 0,40 — ongeveer een jaar groei voor een jaar school — ligt de zone van gewenste effecten. Feedback haalt 0,75; kleinere klassen 0,18.',
      'Meet je eigen impact: een voor- en een nameting bij dezelfde leerlingen. Lees het getal samen met n en het betrouwbaarheidsinterval.',
    ],
    en: [
      'John Hattie ranked about 320 influences on achievement, each with an effect size: how many standard deviations pupils move ahead.',
      'Above the hinge point of 0.40 — about a year of growth for a year of school — lies the zone of desired effects. Feedback reaches 0.75; smaller classes 0.18.',
      'Measure your own impact: a pre- and a post-test of the same pupils. Read the number together with n and the confidence interval.',
    ],
  },
  mount(stage, lang) {
    const t = text[lang];
    const element = document.createElement('lzm-barometer');
    element.dataset.main = '';
    Object.assign(element, { value: 0.75, label: 'Feedback', ciLow: 0.55, ciHigh: 0.95, n: 48, reference: 0.4 });
    element.setAttribute('reference-label', lang === 'nl' ? 'Scharnierpunt Hattie' : "Hattie's hinge point");
    const controls = document.createElement('form');
    controls.className = 'controls';
    controls.addEventListener('submit', (event) => event.preventDefault());
    const set = (key: string) => (value: string) => {
      (element as unknown as Record<string, unknown>)[key] = value === '' ? undefined : Number(value.replace(',', '.'));
    };
    const compact = checkbox(false);
    controls.append(
      control(t.value, rangeInput(0.75, -0.5, 1.6, 0.01), set('value')),
      control(t.label, textInput('Feedback'), (value) => (element.label = value)),
      control(t.hinge, numberInput(0.4, 0, 1, 0.05), set('hinge')),
      control(t.low, numberInput(0.55, -1, 2, 0.01), set('ciLow')),
      control(t.high, numberInput(0.95, -1, 2, 0.01), set('ciHigh')),
      control(t.n, numberInput(48, 1, 1000, 1), set('n')),
      control(t.reference, numberInput(0.4, -1, 2, 0.01), set('reference')),
      control(t.compact, compact, () => (element.compact = compact.checked)),
    );
    stage.append(element, controls);
  },
};
