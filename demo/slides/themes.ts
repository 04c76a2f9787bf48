import '../../components/index.js';
import defaultTheme from '../../themes/default.css?inline';
import darkTheme from '../../themes/dark.css?inline';
import highContrastTheme from '../../themes/high-contrast.css?inline';
import printTheme from '../../themes/print.css?inline';
import type { Lang } from '../../components/core/locale.js';
import type { Slide } from '../slide.js';
import { NOW as LANDSCAPE_NOW } from './landscape.js';
import { SOURCES } from './effect-plot.js';
import { TEAM_BEFORE, TEAM_NOW, wheelData } from './senge-wheel.js';
import { defaultRows, legendData } from './feedback-legend.js';
import { t as legendText } from '../../components/feedback-legend/feedback-legend.messages.js';

const THEMES = { default: defaultTheme, dark: darkTheme, 'high-contrast': highContrastTheme, print: printTheme };

const names = {
  nl: { default: 'Standaard', dark: 'Donker', 'high-contrast': 'Hoog contrast', print: 'Afdrukken (zwart-wit)' },
  en: { default: 'Default', dark: 'Dark', 'high-contrast': 'High contrast', print: 'Print (black and white)' },
};

/** One example of every element, with the other slides' sample data. */
function samples(lang: Lang, theme: string): HTMLElement[] {
  const barometer = document.createElement('lzm-barometer');
  Object.assign(barometer, { value: 0.62, label: 'Feedback', ciLow: 0.41, ciHigh: 0.83, n: 27 });
  const plot = document.createElement('lzm-effect-plot');
  Object.assign(plot, { data: SOURCES, label: `${lang === 'nl' ? 'Invloeden' : 'Influences'} (${theme})` });
  const landscape = document.createElement('lzm-landscape');
  landscape.data = LANDSCAPE_NOW;
  const wheel = document.createElement('lzm-senge-wheel');
  Object.assign(wheel, { data: wheelData(TEAM_NOW), compare: wheelData(TEAM_BEFORE) });
  const legend = document.createElement('lzm-feedback-legend');
  legend.data = legendData(defaultRows(lang, [3, 7, 2, 5, 4, 1]));
  // Four cards side by side: a heading each, so their landmarks have different names.
  legend.heading = `${legendText(lang, 'legend.title')} (${theme})`;
  return [barometer, plot, landscape, wheel, legend];
}

export const themesSlide: Slide = {
  id: 'themes',
  file: false,
  title: { nl: 'Thema’s', en: 'Themes' },
  intro: {
    nl: ['Elk thema zet alleen de CSS-eigenschappen --lzm-*. Hoog contrast haalt 7:1 voor tekst; het afdrukthema werkt in zwart-wit.'],
    en: ['Each theme only sets the --lzm-* CSS custom properties. High contrast reaches 7:1 for text; the print theme works in black and white.'],
  },
  mount(stage, lang) {
    stage.classList.add('gallery');
    stage.dataset.main = '';
    const style = document.createElement('style');
    // Only the class-scoped half of each theme: the :root half would theme the whole demo.
    style.textContent = Object.values(THEMES).map((css) => css.replace(/:root,\s*/g, '')).join('\n');
    stage.append(style);
    for (const theme of Object.keys(THEMES)) {
      const section = document.createElement('section');
      section.className = `theme lzm-theme-${theme}`;
      const heading = document.createElement('h3');
      heading.textContent = names[lang][theme as keyof typeof THEMES];
      section.append(heading, ...samples(lang, heading.textContent));
      stage.append(section);
    }
  },
};
