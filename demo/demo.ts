import { toLang, type Lang } from '../components/core/locale.js';
import type { Slide } from './slide.js';
import { barometerSlide } from './slides/barometer.js';
import { effectPlotSlide } from './slides/effect-plot.js';
import { landscapeSlide } from './slides/landscape.js';
import { sengeWheelSlide } from './slides/senge-wheel.js';
import { feedbackLegendSlide } from './slides/feedback-legend.js';
import { dashboardSlide } from './slides/dashboard.js';
import { themesSlide } from './slides/themes.js';
import { download, elementSvg, svgToPng } from './export.js';

/** The slides, in presentation order. Each element adds one module in ./slides/. */
export const slides: Slide[] = [barometerSlide, effectPlotSlide, landscapeSlide, sengeWheelSlide, feedbackLegendSlide, dashboardSlide, themesSlide];

const ui = {
  nl: {
    lang: 'English', present: 'Presenteren', stopPresenting: 'Stop presentatie', exportSvg: 'Download SVG', exportPng: 'Download PNG',
    drop: 'Sleep een CSV- of JSON-bestand hierheen, plak het, of kies er een', choose: 'Kies bestand', hint: 'Pijltjestoetsen: vorige/volgende dia',
    noDrawing: 'Er is nu geen tekening om te exporteren.',
  },
  en: {
    lang: 'Nederlands', present: 'Present', stopPresenting: 'Stop presenting', exportSvg: 'Download SVG', exportPng: 'Download PNG',
    drop: 'Drop a CSV or JSON file here, paste it, or choose one', choose: 'Choose file', hint: 'Arrow keys: previous/next slide',
    noDrawing: 'There is no drawing to export right now.',
  },
};

let lang: Lang = toLang(document.documentElement.lang);

const $ = (id: string) => document.getElementById(id)!;

function currentIndex(): number {
  const id = location.hash.slice(1);
  return Math.max(0, slides.findIndex((slide) => slide.id === id));
}

function renderNav(): void {
  const nav = $('nav');
  nav.replaceChildren(
    ...slides.map((slide, index) => {
      const link = document.createElement('a');
      link.href = `#${slide.id}`;
      link.textContent = slide.title[lang];
      if (index === currentIndex()) link.setAttribute('aria-current', 'page');
      return link;
    }),
  );
}

function mainElement(): HTMLElement | null {
  return $('slide').querySelector<HTMLElement>('[data-main]');
}

/** Feeds a dropped, pasted or chosen file to the slide's element (it reads File like src). */
function useFile(file: File): void {
  const element = mainElement() as (HTMLElement & { data?: unknown }) | null;
  if (element?.localName.startsWith('lzm-')) element.data = file;
}

function renderSlide(): void {
  const slide = slides[currentIndex()];
  const t = ui[lang];
  const main = $('slide');
  const heading = document.createElement('h2');
  heading.textContent = slide.title[lang];
  const intro = document.createElement('div');
  intro.className = 'intro';
  intro.append(...slide.intro[lang].map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  const stage = document.createElement('div');
  stage.className = 'stage';
  stage.lang = lang;
  slide.mount(stage, lang);

  const drop = document.createElement('div');
  drop.className = 'drop';
  const file = Object.assign(document.createElement('input'), { type: 'file', accept: '.csv,.tsv,.txt,.json' });
  file.addEventListener('change', () => file.files?.[0] && useFile(file.files[0]));
  const chooser = document.createElement('label');
  chooser.append(t.drop + ' ', file);
  drop.append(chooser);
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const dropped = event.dataTransfer?.files[0];
    if (dropped) useFile(dropped);
  });

  const actions = document.createElement('div');
  actions.className = 'actions';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const exportButton = (label: string, run: (svg: string) => Promise<void> | void) => {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
    button.addEventListener('click', async () => {
      const element = mainElement();
      const svg = element && elementSvg(element);
      status.textContent = svg ? '' : t.noDrawing;
      if (svg) await run(svg);
    });
    return button;
  };
  actions.append(
    exportButton(t.exportSvg, (svg) => download(new Blob([svg], { type: 'image/svg+xml' }), `${slide.id}.svg`)),
    exportButton(t.exportPng, async (svg) => download(await svgToPng(svg), `${slide.id}.png`)),
    status,
  );

  main.replaceChildren(heading, intro, stage, ...(slide.file === false ? [] : [drop]), actions);
  renderNav();
}

function renderChrome(): void {
  const t = ui[lang];
  document.documentElement.lang = lang;
  $('lang').textContent = t.lang;
  $('lang').setAttribute('lang', lang === 'nl' ? 'en' : 'nl');
  $('present').textContent = document.body.classList.contains('presenting') ? t.stopPresenting : t.present;
  $('hint').textContent = t.hint;
  renderSlide();
}

function go(step: number): void {
  const next = (currentIndex() + step + slides.length) % slides.length;
  location.hash = slides[next].id;
}

/** Presentation mode: full screen where allowed, large type, arrow keys move between slides. */
async function togglePresenting(): Promise<void> {
  const on = !document.body.classList.contains('presenting');
  document.body.classList.toggle('presenting', on);
  try {
    if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen?.();
    if (!on && document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Full screen can be refused (iframe, file:// policy); large type still applies.
  }
  renderChrome();
}

$('lang').addEventListener('click', () => {
  lang = lang === 'nl' ? 'en' : 'nl';
  renderChrome();
});
$('present').addEventListener('click', () => void togglePresenting());
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  // An element that used the key itself (an editable landscape part) keeps it.
  if (event.defaultPrevented || target.closest('input, select, textarea')) return;
  if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
  else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
  else return;
  event.preventDefault();
});
document.addEventListener('paste', (event) => {
  const pasted = event.clipboardData?.files[0] ?? (event.clipboardData?.getData('text') ? new File([event.clipboardData.getData('text')], 'plakken.csv') : undefined);
  if (pasted && !(event.target as HTMLElement).closest('input, textarea')) useFile(pasted);
});
window.addEventListener('hashchange', () => {
  renderSlide();
  $('slide').focus();
});
renderChrome();
