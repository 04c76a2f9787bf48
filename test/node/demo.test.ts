import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright';
import { launchChromium } from './browser.js';

// The trainer demo as built by `npm run demo:build` (npm test builds it), opened from file://
// as from a USB stick: no server, no network.
const demoUrl = pathToFileURL('demo-dist/index.html').href;

const SLIDES = ['barometer', 'effect-plot', 'landscape', 'senge-wheel', 'feedback-legend', 'dashboard', 'themes'];
/** Slides with one drawing to export (the gallery exports too, but is not an element slide). */
const ELEMENT_SLIDES = ['barometer', 'effect-plot', 'landscape', 'senge-wheel', 'feedback-legend', 'dashboard'];

let browser: Browser;
let tab: Page;
const errors: string[] = [];
const network: string[] = [];

before(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  tab = await context.newPage();
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('request', (request) => {
    if (!/^(file|data|blob|about):/.test(request.url())) network.push(request.url());
  });
  await open('barometer');
});
after(() => browser?.close());

/** Waits until every lzm element on the slide has drawn (not loading; a figure, card or error). */
const ready = () =>
  tab.waitForFunction(() =>
    [...document.querySelectorAll('#slide *')]
      .filter((element) => element.localName.startsWith('lzm-'))
      .every((element) => element.shadowRoot && !element.shadowRoot.querySelector('.loading') && element.shadowRoot.querySelector('figure, [part~="card"], [role="alert"]')),
  );

/** A fresh load of the demo at a slide (a new document, as when a trainer opens the file). */
async function open(id: string, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  await tab.goto('about:blank');
  await tab.goto(`${demoUrl}#${id}`);
  if (lang === 'en') {
    await tab.getByRole('button', { name: 'English' }).click();
    await tab.waitForFunction(() => document.documentElement.lang === 'en');
  }
  await ready();
}

/** Text of a selector inside the shadow root of the first element matching `host`. */
const shadowText = (host: string, selector: string) =>
  tab.evaluate(([host, selector]) => document.querySelector(host)!.shadowRoot!.querySelector(selector)?.textContent ?? null, [host, selector]);
const shadowAttr = (host: string, selector: string, name: string) =>
  tab.evaluate(([host, selector, name]) => document.querySelector(host)!.shadowRoot!.querySelector(selector)?.getAttribute(name) ?? null, [host, selector, name]);
const shadowCount = (host: string, selector: string) =>
  tab.evaluate(([host, selector]) => document.querySelector(host)!.shadowRoot!.querySelectorAll(selector).length, [host, selector]);

const valueText = () => shadowAttr('lzm-barometer', '[role="meter"]', 'aria-valuetext');

test('every slide loads from file:// without console errors, nl and en', async () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const id of SLIDES) {
      await open(id, lang);
      assert.equal(await tab.evaluate(() => location.hash), `#${id}`);
      assert.ok((await tab.locator('main > h2').textContent())!.length > 0);
      assert.deepEqual(errors, [], `${id} (${lang})`);
    }
  }
});

test('barometer slide: controls change the element', async () => {
  await open('barometer');
  await tab.getByLabel('Effectgrootte', { exact: true }).fill('0.3');
  assert.match((await valueText())!, /^Effectgrootte 0,30 — leerkrachteffecten/);
  await tab.getByLabel('Scharnierpunt', { exact: true }).fill('0.2');
  assert.match((await valueText())!, /zone van gewenste effecten/);
});

test('the language switch turns the slide and the element to English', async () => {
  await open('barometer', 'en');
  assert.match((await valueText())!, /^Effect size 0\.75 — zone of desired effects/);
  assert.equal(await tab.locator('main > h2').textContent(), "Hattie's barometer");
});

test('effect plot slide: the sources, then a 320-row list narrowed by the filter; Enter chooses a row', async () => {
  await open('effect-plot');
  const rows = () => shadowCount('lzm-effect-plot', '[role="option"]');
  assert.equal(await rows(), 4);
  assert.equal(await shadowText('lzm-effect-plot', '[role="option"]'), 'Hoge verwachtingen voor alle leerlingen');
  await tab.getByLabel('Lijst', { exact: true }).selectOption('long');
  await tab.waitForFunction(() => document.querySelector('lzm-effect-plot')!.shadowRoot!.querySelectorAll('[role="option"]').length === 320);
  await tab.getByLabel('Zoek in de namen', { exact: true }).fill('leerkracht');
  await tab.waitForFunction(() => document.querySelector('lzm-effect-plot')!.shadowRoot!.querySelectorAll('[role="option"]').length === 46);
  assert.equal(await shadowText('lzm-effect-plot', '[part="count"]'), '46 van 320 invloeden met "leerkracht"');
  const names = await tab.evaluate(() => [...document.querySelector('lzm-effect-plot')!.shadowRoot!.querySelectorAll('[role="option"]')].map((row) => row.textContent!));
  assert.ok(names.every((name) => name.startsWith('Leerkracht ')), names.join(', '));
  await tab.locator('lzm-effect-plot').locator('[role="listbox"]').focus();
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press('Enter');
  assert.equal(await tab.evaluate(() => location.hash), '#effect-plot');
  assert.match((await tab.locator('.chosen').textContent())!, new RegExp(`^Gekozen: ${names[1]} \\(d = `));
});

test('landscape slide: the comparison toggle removes last year’s outline', async () => {
  await open('landscape');
  const ghosts = await shadowCount('lzm-landscape', '.ghost');
  assert.ok(ghosts > 0);
  await tab.getByLabel('Vorig jaar tonen', { exact: true }).uncheck();
  await tab.waitForFunction(() => !document.querySelector('lzm-landscape')!.shadowRoot!.querySelector('.ghost'));
});

test('wheel slide: score, n and SD edit the wheel; compare and the OECD model switch', async () => {
  await open('senge-wheel');
  const hub = '[data-key="systems"]';
  assert.equal(await shadowAttr('lzm-senge-wheel', hub, 'aria-label'), 'Systeemdenken: 2,9 (n = 18, SD 0,8, verandering +0,3)');
  await tab.getByLabel('Systeemdenken: score', { exact: true }).fill('4.5');
  await tab.getByLabel('Systeemdenken: SD', { exact: true }).fill('0.4');
  assert.equal(await shadowAttr('lzm-senge-wheel', hub, 'aria-label'), 'Systeemdenken: 4,5 (n = 18, SD 0,4, verandering +1,9)');
  await tab.getByLabel('Systeemdenken: n', { exact: true }).fill('3');
  assert.equal(await shadowAttr('lzm-senge-wheel', hub, 'aria-label'), 'Systeemdenken: Minder dan 5 antwoorden: geen score getoond (privacy).');

  assert.ok((await shadowCount('lzm-senge-wheel', '.earlier')) > 0);
  await tab.getByLabel('Vorige meting tonen', { exact: true }).uncheck();
  await tab.waitForFunction(() => !document.querySelector('lzm-senge-wheel')!.shadowRoot!.querySelector('.earlier'));

  await tab.getByLabel('Model', { exact: true }).selectOption('oecd');
  await tab.waitForFunction(() => document.querySelector('lzm-senge-wheel')!.shadowRoot!.querySelectorAll('.discipline').length === 7);
  assert.equal(await shadowCount('lzm-senge-wheel', hub), 0);
  assert.equal(await tab.locator('table.edit tbody tr').count(), 7);
  await tab.getByLabel('Leren met de externe omgeving: score', { exact: true }).fill('4.2');
  assert.match((await shadowAttr('lzm-senge-wheel', '[data-key="oExternal"]', 'aria-label'))!, /^Leren met de externe omgeving: 4,2 \(n = 24/);
});

test('legend slide: colour, shape, meaning, count, theory and print size edit the card', async () => {
  await open('feedback-legend');
  const entry = (n: number) =>
    tab.evaluate((n) => document.querySelector('lzm-feedback-legend')!.shadowRoot!.querySelector(`li[data-number="${n}"]`)!.textContent!.replace(/\s+/g, ' ').trim(), n);
  assert.equal(await entry(2), '2, blauw, vierkantje: Je antwoord klopt, maar je uitleg of onderbouwing nog niet helemaal.; 7 keer gegeven 7');
  await tab.getByLabel('2: betekenis', { exact: true }).fill('Leg je stappen uit.');
  await tab.getByLabel('2: vorm', { exact: true }).selectOption('star');
  await tab.getByLabel('2: kleur', { exact: true }).fill('#000000');
  await tab.getByLabel('2: aantal', { exact: true }).fill('11');
  assert.equal(await entry(2), '2, zwart, sterretje: Leg je stappen uit.; 11 keer gegeven 11');
  assert.equal(await shadowAttr('lzm-feedback-legend', 'li[data-number="2"] .dot path', 'fill'), '#000000');

  assert.ok((await shadowCount('lzm-feedback-legend', '.theory')) > 0);
  await tab.getByLabel('Theorie erbij', { exact: true }).selectOption('');
  await tab.waitForFunction(() => !document.querySelector('lzm-feedback-legend')!.shadowRoot!.querySelector('.theory'));
  await tab.getByLabel('Kop', { exact: true }).fill('Mijn stip');
  assert.equal(await shadowText('lzm-feedback-legend', '[part="title"]'), 'Mijn stip');

  assert.deepEqual(await tab.getByLabel('Kaarten per pagina', { exact: true }).locator('option').allTextContents(), ['1', '2', '4']);
  await tab.getByLabel('Afdrukformaat', { exact: true }).selectOption('a5');
  assert.equal(await tab.locator('lzm-feedback-legend').getAttribute('print-size'), 'a5');
  assert.deepEqual(await tab.getByLabel('Kaarten per pagina', { exact: true }).locator('option').allTextContents(), ['1', '2']);
});

test('dashboard slide: subject, hinge point and comparison change the elements', async () => {
  await open('dashboard');
  const meters = () =>
    tab.evaluate(() =>
      [...document.querySelectorAll('.dashboard lzm-barometer')].map(
        (element) =>
          `${element.shadowRoot!.querySelector('[part="label"]')!.textContent}: ` +
          (element.shadowRoot!.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? element.shadowRoot!.querySelector('.note')!.textContent),
      ),
    );
  // The latest arithmetic period first; 6A went from 0,08 (Sep–Jan) to 0,40 (Feb–Jun).
  const before = await meters();
  assert.equal(before.length, 4);
  assert.match(before[0], /^Groep 3A: Effectgrootte 0,24 — leerkrachteffecten \(95%-BI 0,08–0,40, n = 27/);
  assert.match(before[2], /^Groep 6A: Effectgrootte 0,40 — zone van gewenste effecten/);
  assert.match(before[3], /^Groep Schakelklas: Minder dan 5 leerlingen/);
  await tab.getByLabel('Vak en periode', { exact: true }).selectOption('rekenen sep-jan');
  await tab.waitForFunction(() => /0,27/.test(document.querySelector('.dashboard lzm-barometer')!.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')!));
  const earlier = await meters();
  assert.match(earlier[0], /^Groep 3A: Effectgrootte 0,27 — leerkrachteffecten/);
  assert.match(earlier[2], /^Groep 6A: Effectgrootte 0,08 — ontwikkelingseffecten/);
  assert.equal(await tab.locator('.dashboard h3').first().textContent(), 'Opbrengsten per groep: rekenen, sep–jan');
  await tab.getByLabel('Scharnierpunt', { exact: true }).fill('0.25');
  assert.match((await meters())[0], /^Groep 3A: Effectgrootte 0,27 — zone van gewenste effecten/);

  assert.equal(await shadowCount('.dashboard lzm-senge-wheel', '.earlier'), 0);
  await tab.getByLabel('Vorige meting tonen', { exact: true }).check();
  await tab.waitForFunction(() => document.querySelector('.dashboard lzm-senge-wheel')!.shadowRoot!.querySelector('.earlier'));
  await tab.waitForFunction(() => document.querySelector('.dashboard lzm-landscape')!.shadowRoot!.querySelector('.ghost'));
});

test('theme gallery: all four elements in all four themes, each theme reaching the elements', async () => {
  await open('themes');
  const themes = ['default', 'dark', 'high-contrast', 'print'];
  const gallery = await tab.evaluate(() =>
    [...document.querySelectorAll('.theme')].map((section) => ({
      theme: section.className,
      elements: [...section.children].filter((child) => child.localName.startsWith('lzm-')).map((child) => child.localName),
      hub: getComputedStyle(section.querySelector('lzm-senge-wheel')!.shadowRoot!.querySelector('.fill.hub')!).fill,
    })),
  );
  assert.deepEqual(gallery.map((section) => section.theme), themes.map((theme) => `theme lzm-theme-${theme}`));
  for (const section of gallery) assert.deepEqual(section.elements, ['lzm-barometer', 'lzm-effect-plot', 'lzm-landscape', 'lzm-senge-wheel', 'lzm-feedback-legend']);
  // The wheel's hub as drawn, per theme (--lzm-wheel-hub-fill in themes/*.css).
  assert.deepEqual(gallery.map((section) => section.hub), ['rgb(122, 79, 154)', 'rgb(176, 131, 240)', 'rgb(75, 0, 130)', 'rgb(26, 26, 26)']);
  // Every property each theme file sets reaches every element in its column.
  for (const theme of themes) {
    const css = await readFile(`themes/${theme}.css`, 'utf8');
    // All theme values are colours; the demo's build minifies them (#4b0082 → indigo), so both
    // sides are resolved to rgb() by the browser before comparing.
    const expected = Object.fromEntries([...css.matchAll(/(--lzm-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
    const compared = await tab.evaluate(
      ([theme, expected]) => {
        const probe = document.body.appendChild(document.createElement('i'));
        const result = [...document.querySelectorAll(`.lzm-theme-${theme} > *`)]
          .filter((element) => element.localName.startsWith('lzm-'))
          .map((element) =>
            Object.entries(expected)
              .filter(([name, value]) =>
                [getComputedStyle(element).getPropertyValue(name), value]
                  .map((color) => {
                    probe.style.color = '';
                    probe.style.color = color;
                    return getComputedStyle(probe).color;
                  })
                  .reduce((a, b) => (a === b ? '' : 'differs')),
              )
              .map(([name]) => `${element.localName} ${name}`),
          );
        probe.remove();
        return result;
      },
      [theme, expected] as const,
    );
    assert.equal(Object.keys(expected).length > 20, true, theme);
    assert.deepEqual(compared, [[], [], [], [], []], theme);
  }
});

test('export gives a valid standalone SVG and PNG on every element slide', async () => {
  const expected: Record<string, RegExp> = {
    barometer: />0,75</,
    'effect-plot': />Hoge verwachtingen voor alle leerlingen</,
    landscape: />praktiseren 0,8</,
    'senge-wheel': />Team bovenbouw</,
    'feedback-legend': />Wat betekent mijn stip\?</,
    dashboard: />Groep 3A</,
  };
  for (const id of ELEMENT_SLIDES) {
    await open(id);
    const [svgDownload] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: 'Download SVG' }).click()]);
    assert.equal(svgDownload.suggestedFilename(), `${id}.svg`);
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    assert.match(svg, /^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)"/, id);
    assert.match(svg, expected[id], id);
    // Well-formed XML with an <svg> root, and an image a browser draws at its stated size.
    const checked = await tab.evaluate(async (text) => {
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await image.decode();
      return { root: parsed.documentElement.localName, errors: parsed.getElementsByTagName('parsererror').length, width: image.naturalWidth, height: image.naturalHeight };
    }, svg);
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    assert.deepEqual(checked, { root: 'svg', errors: 0, width, height }, id);
    assert.ok(width > 200 && height > 100, `${id}: ${width}×${height}`);

    const [pngDownload] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: 'Download PNG' }).click()]);
    const png = await readFile((await pngDownload.path())!);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], id);
    // IHDR: twice the SVG's size (a crisp projector image).
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [width * 2, height * 2], id);
    const decoded = await tab.evaluate(async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      return [bitmap.width, bitmap.height];
    }, [...png]);
    assert.deepEqual(decoded, [width * 2, height * 2], id);
  }
});

test('the barometer SVG keeps its zone colours', async () => {
  await open('barometer');
  const [svgDownload] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  assert.match(svg, /<path[^>]*class="zone zone-desired"[^>]*style="[^"]*fill:\s*rgb\(46, 125, 50\)/);
  // The screen-reader table is not part of the picture.
  assert.doesNotMatch(svg, /<text[^>]*>Toon tabel</);
});

test('a dropped CSV file shows a school’s own data, and a bad one a clear error', async () => {
  await open('barometer');
  await tab.setInputFiles('input[type=file]', { name: 'eigen.csv', mimeType: 'text/csv', buffer: Buffer.from('invloed;effectgrootte\nEigen interventie;0,52\n') });
  await tab.waitForFunction(() => /0,52/.test(document.querySelector('lzm-barometer')!.shadowRoot!.textContent ?? ''));
  assert.match((await valueText())!, /^Effectgrootte 0,52/);
  await tab.setInputFiles('input[type=file]', { name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from('invloed;effectgrootte\nEigen interventie;veel\n') });
  await tab.waitForFunction(() => document.querySelector('lzm-barometer')!.shadowRoot!.querySelector('[role="alert"]'));
  assert.equal(await shadowText('lzm-barometer', '[role="alert"] code'), 'fout.csv:2:2: "veel" is geen getal');
  assert.equal(await tab.getByRole('button', { name: 'Download SVG' }).count(), 1);
  await tab.getByRole('button', { name: 'Download SVG' }).click();
  assert.equal(await tab.getByRole('status').textContent(), 'Er is nu geen tekening om te exporteren.');
});

test('a dropped wheel or legend file replaces the slide’s data', async () => {
  await open('senge-wheel');
  await tab.setInputFiles('input[type=file]', { name: 'teamscan.csv', mimeType: 'text/csv', buffer: Buffer.from('discipline;score;n\nSysteemdenken;3,1;12\nTeamleren;4,4;12\n') });
  await tab.waitForFunction(() => /Teamleren: 4,4/.test(document.querySelector('lzm-senge-wheel')!.shadowRoot!.querySelector('[data-key="team"]')?.getAttribute('aria-label') ?? ''));
  await open('feedback-legend');
  await tab.setInputFiles('input[type=file]', { name: 'legenda.csv', mimeType: 'text/csv', buffer: Buffer.from('kleur;betekenis;symbool\ngeel;Kijk nog eens naar je eenheden.;ster\n') });
  await tab.waitForFunction(() => document.querySelector('lzm-feedback-legend')!.shadowRoot!.querySelectorAll('li[data-number]').length === 1);
  assert.match((await shadowText('lzm-feedback-legend', 'li[data-number="1"]'))!, /geel.*Kijk nog eens naar je eenheden\./s);
  assert.equal(await tab.locator('.drop').count(), 1);
  await open('dashboard');
  assert.equal(await tab.locator('.drop').count(), 0, 'the dashboard has no single element to feed a file to');
});

test('arrow keys move between slides but stay with a control or an element that uses them', async () => {
  await open('barometer');
  await tab.locator('main').focus();
  await tab.keyboard.press('ArrowRight');
  await tab.waitForFunction(() => location.hash === '#effect-plot');
  await ready();
  // The effect plot's list uses ArrowUp/ArrowDown and PageUp/PageDown itself.
  await tab.locator('lzm-effect-plot').locator('[role="listbox"]').focus();
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press('PageDown');
  await tab.keyboard.press('PageUp');
  assert.equal(await tab.evaluate(() => location.hash), '#effect-plot');
  await tab.locator('main').focus();
  await tab.keyboard.press('ArrowRight');
  await tab.waitForFunction(() => location.hash === '#landscape');
  await ready();
  // The editable landscape uses the arrow keys itself.
  const part = tab.locator('lzm-landscape').locator('[data-part="researching"]');
  const before = await part.getAttribute('aria-label');
  await part.focus();
  await tab.keyboard.press('ArrowRight');
  assert.equal(await tab.evaluate(() => location.hash), '#landscape');
  assert.notEqual(await part.getAttribute('aria-label'), before);
  await tab.keyboard.press('ArrowLeft');
  assert.equal(await tab.evaluate(() => location.hash), '#landscape');

  await open('senge-wheel');
  const score = tab.getByLabel('Systeemdenken: score', { exact: true });
  await score.focus();
  await tab.keyboard.press('ArrowUp');
  await tab.keyboard.press('ArrowRight');
  assert.equal(await score.inputValue(), '3');
  assert.equal(await tab.evaluate(() => location.hash), '#senge-wheel');
  await tab.getByLabel('Model', { exact: true }).focus();
  await tab.keyboard.press('ArrowLeft');
  assert.equal(await tab.evaluate(() => location.hash), '#senge-wheel');

  await tab.locator('main').focus();
  await tab.keyboard.press('ArrowLeft');
  await tab.waitForFunction(() => location.hash === '#landscape');
  await tab.keyboard.press('PageUp');
  await tab.waitForFunction(() => location.hash === '#effect-plot');
});

test('presentation mode makes each element large on a projector and hides the controls', async () => {
  await tab.setViewportSize({ width: 1280, height: 720 });
  try {
    for (const id of ELEMENT_SLIDES) {
      await open(id);
      const measure = () =>
        tab.evaluate(() => {
          const main = document.querySelector('[data-main]')!;
          // The element's drawing (dial, map, wheel, card); on the dashboard the whole board.
          const drawing = main.shadowRoot ? main.shadowRoot.querySelector('svg[part], [part~="card"]') : main;
          return {
            font: parseFloat(getComputedStyle(main.shadowRoot ? main : main.querySelector('lzm-feedback-legend')!).fontSize),
            width: main.getBoundingClientRect().width,
            drawing: drawing!.getBoundingClientRect().width,
            controls: document.querySelector('.controls')?.getBoundingClientRect().height ?? 0,
          };
        });
      const normal = await measure();
      // Headless Chromium has no real full screen: record that it is asked for.
      await tab.evaluate(() => {
        document.documentElement.requestFullscreen = async () => void document.documentElement.setAttribute('data-fullscreen-asked', '');
      });
      await tab.getByRole('button', { name: 'Presenteren' }).click();
      assert.equal(await tab.locator('html[data-fullscreen-asked]').count(), 1, `${id}: full screen asked`);
      const shown = await measure();
      assert.ok(shown.font >= 20 && shown.font >= normal.font * 1.25, `${id}: text ${normal.font}px → ${shown.font}px`);
      assert.ok(shown.width >= 0.5 * 1280, `${id}: element ${shown.width}px wide`);
      assert.ok(shown.drawing >= 0.3 * 1280 && shown.drawing >= normal.drawing, `${id}: drawing ${normal.drawing}px → ${shown.drawing}px`);
      assert.equal(shown.controls, 0, `${id}: controls hidden`);
      await tab.getByRole('button', { name: 'Stop presentatie' }).click();
      assert.equal(await tab.evaluate(() => document.body.classList.contains('presenting')), false);
    }
  } finally {
    await tab.setViewportSize({ width: 1280, height: 800 });
  }
});

test('legend card sheet: N copies with cut marks, printed at A6/A5 size on A4', async () => {
  await open('feedback-legend');
  // Headless Chromium has no print dialog: count the calls instead.
  await tab.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  const mm = (px: number) => Math.round((px / 96) * 25.4 * 10) / 10;
  const layouts = [
    { size: 'a6', count: 4, landscape: false, cards: [[0, 0], [105, 0], [0, 148], [105, 148]], margin: '0px' },
    { size: 'a6', count: 2, landscape: true, cards: [[37.5, 30.5], [154.5, 30.5]], margin: '6mm' },
    { size: 'a6', count: 1, landscape: false, cards: [[52.5, 74]], margin: '6mm' },
    { size: 'a5', count: 1, landscape: false, cards: [[31, 43]], margin: '6mm' },
    { size: 'a5', count: 2, landscape: true, cards: [[0, 0], [148, 0]], margin: '0px' },
  ];
  for (const layout of layouts) {
    const name = `${layout.size} × ${layout.count}`;
    await tab.emulateMedia({ media: 'screen' });
    await tab.getByLabel('Afdrukformaat', { exact: true }).selectOption(layout.size);
    await tab.getByLabel('Kaarten per pagina', { exact: true }).selectOption(String(layout.count));
    await tab.getByRole('button', { name: 'Kaartenvel afdrukken' }).click();
    await tab.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    await tab.evaluate(() => ((window as unknown as { printed: number }).printed = 0));
    assert.equal(await tab.locator('.sheet').count(), 1, name);
    assert.equal(await tab.locator('.sheet').isVisible(), false, `${name}: the sheet is not shown on screen`);
    assert.equal(await tab.locator('.sheet lzm-feedback-legend[cut-marks]').count(), layout.count, name);
    assert.equal(await tab.locator(`.sheet lzm-feedback-legend[print-size="${layout.size}"]`).count(), layout.count, name);

    await tab.emulateMedia({ media: 'print' });
    const printed = await tab.evaluate(() => ({
      main: getComputedStyle(document.querySelector('main')!).display,
      cards: [...document.querySelectorAll('.sheet lzm-feedback-legend')].map((card) => {
        const box = card.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height, marks: card.shadowRoot!.querySelectorAll('.marks i').length, cutMargin: getComputedStyle(card).paddingTop, title: card.shadowRoot!.querySelector('[part="title"]')!.textContent };
      }),
    }));
    assert.equal(printed.main, 'none', `${name}: only the sheet prints`);
    const [width, height] = layout.size === 'a6' ? [105, 148] : [148, 210];
    assert.deepEqual(
      printed.cards.map((card) => [mm(card.x), mm(card.y), mm(card.width), mm(card.height), card.marks, card.title]),
      layout.cards.map(([x, y]) => [x, y, width, height, 4, 'Wat betekent mijn stip?']),
      name,
    );
    const margin = layout.margin === '0px' ? 0 : 6;
    for (const card of printed.cards) assert.equal(Math.round(mm(parseFloat(card.cutMargin))), margin, `${name}: cut margin`);

    // Printed to PDF at A4: one page, in the sheet's orientation.
    const pdf = (await tab.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })).toString('latin1');
    assert.equal(pdf.match(/\/Type\s*\/Page\b/g)?.length, 1, `${name}: pages`);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!.slice(1).map((points) => Math.round((Number(points) / 72) * 25.4));
    assert.deepEqual(box, layout.landscape ? [297, 210] : [210, 297], `${name}: page size`);
  }
  // Plain `format: 'A4'` (no CSS page size) also takes a 4-up A6 sheet on one page.
  await tab.emulateMedia({ media: 'screen' });
  await tab.getByLabel('Afdrukformaat', { exact: true }).selectOption('a6');
  await tab.getByLabel('Kaarten per pagina', { exact: true }).selectOption('4');
  await tab.getByRole('button', { name: 'Kaartenvel afdrukken' }).click();
  await tab.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
  await tab.emulateMedia({ media: 'print' });
  const pdf = (await tab.pdf({ format: 'A4' })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page\b/g)?.length, 1);
  // Printing fires afterprint, which takes the sheet away: the next print is the slide again.
  assert.equal(await tab.locator('.sheet').count(), 0);
  await tab.emulateMedia({ media: 'screen' });
});

test('axe-core finds no violations on any slide, nl and en', async () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const id of SLIDES) {
      await open(id, lang);
      await tab.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await tab.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      assert.deepEqual(violations, [], `${id} (${lang})`);
    }
  }
});

test('no console errors and no network requests in any of the above', () => {
  assert.deepEqual(errors, []);
  assert.deepEqual(network, []);
});
