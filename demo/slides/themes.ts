import '../../components/index.js';
import defaultTheme from '../../themes/default.css?inline';
import darkTheme from '../../themes/dark.css?inline';
import highContrastTheme from '../../themes/high-contrast.css?inline';
import printTheme from '../../themes/print.css?inline';
import type { Slide } from '../slide.js';

const THEMES = { default: defaultTheme, dark: darkTheme, 'high-contrast': highContrastTheme, print: printTheme };

const names = {
  nl: { default: 'Standaard', dark: 'Donker', 'high-contrast': 'Hoog contrast', print: 'Afdrukken (zwart-wit)' },
  en: { default: 'Default', dark: 'Dark', 'high-contrast': 'High contrast', print: 'Print (black and white)' },
};

/** One example of every element; elements not in this build are skipped. */
function samples(): HTMLElement[] {
  const barometer = document.createElement('lzm-barometer');
  Object.assign(barometer, { value: 0.62, label: 'Feedback', ciLow: 0.41, ciHigh: 0.83, n: 27 });
  return [barometer];
}

export const themesSlide: Slide = {
  id: 'themes',
  title: { nl: 'Thema’s', en: 'Themes' },
  intro: {
    nl: ['Elk thema zet alleen de CSS-eigenschappen --lzm-*. Hoog contrast haalt 7:1 voor tekst; het afdrukthema werkt in zwart-wit.'],
    en: ['Each theme only sets the --lzm-* CSS custom properties. High contrast reaches 7:1 for text; the print theme works in black and white.'],
  },
  mount(stage, lang) {
    stage.classList.add('gallery');
    const style = document.createElement('style');
    // Only the class-scoped half of each theme: the :root half would theme the whole demo.
    style.textContent = Object.values(THEMES).map((css) => css.replace(/:root,\s*/g, '')).join('\n');
    stage.append(style);
    for (const [theme, ] of Object.entries(THEMES)) {
      const section = document.createElement('section');
      section.className = `theme lzm-theme-${theme}`;
      const heading = document.createElement('h3');
      heading.textContent = names[lang][theme as keyof typeof THEMES];
      section.append(heading, ...samples());
      stage.append(section);
    }
  },
};
