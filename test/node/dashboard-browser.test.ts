// The generated dashboard in real Chromium, opened from file:// as a school would open it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';

const work = mkdtempSync(join(tmpdir(), 'lzm-dashboard-browser-'));
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
let browser: Browser;

function build(args: string[]): string {
  const out = join(work, `dashboard-${Math.random().toString(36).slice(2)}.html`);
  const run = spawnSync(process.execPath, ['bin/lzm-dashboard.js', ...args, '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return out;
}

interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
}

/** Opens a file with every request and every CSP violation, console error and page error recorded. */
async function open(path: string, javaScriptEnabled = true): Promise<Opened> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const url = pathToFileURL(path).href;
  const requests: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url() !== url) requests.push(route.request().url());
    return route.request().url() === url ? route.continue() : route.abort();
  });
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  if (javaScriptEnabled) {
    await page.waitForFunction(() => [...document.querySelectorAll('lzm-barometer')].every((el) => el.shadowRoot?.querySelector('[role="meter"]')));
    await page.waitForFunction(() => [...document.querySelectorAll('lzm-landscape, lzm-senge-wheel, lzm-feedback-legend')].every((el) => el.shadowRoot?.querySelector('figure, .card')));
  }
  return { page, requests, problems };
}

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
});

/** Element tag → how many of them have a drawn shadow root (declarative from the file, or drawn again by the script). */
const DRAWN = `(() => {
  const counts = {};
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('lzm-') || el.localName === 'lzm-feedback-item') continue;
    const entry = (counts[el.localName] ??= { all: 0, drawn: 0 });
    entry.all++;
    if (el.shadowRoot && el.shadowRoot.querySelector('figure, .card, [role="listbox"], svg')) entry.drawn++;
  }
  return counts;
})()`;

async function axe(page: Page): Promise<string[]> {
  // axe through the DevTools protocol: a script tag would (rightly) be refused by the page's CSP.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run(document);
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

test('the example dashboard renders every section from file://: elements drawn, no requests, no CSP violation, axe clean', async () => {
  const { page, requests, problems } = await open(build(['examples']));
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('main > section')].map((section) => section.id)), ['overview', 'pupils', 'influences', 'senge', 'landscape', 'legend', 'notes', 'sources']);
  const drawn: Record<string, { all: number; drawn: number }> = await page.evaluate(DRAWN);
  for (const [tag, { all, drawn: count }] of Object.entries(drawn)) assert.equal(count, all, tag);
  assert.deepEqual(Object.keys(drawn).sort(), ['lzm-barometer', 'lzm-effect-plot', 'lzm-feedback-legend', 'lzm-landscape', 'lzm-senge-wheel']);
  // The elements' own tables: the page keeps no copy of them.
  const tables: Record<'landscape' | 'senge', Array<{ element: string[]; errors: number }>> = await page.evaluate(`(() => {
    const rows = (root) => [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((cell) => cell.textContent.trim()).join(' | '));
    const pairs = (tag) => [...document.querySelectorAll(tag)].map((el) => ({ element: rows(el.shadowRoot), errors: el.shadowRoot.querySelectorAll('[role="alert"]').length }));
    return { landscape: pairs('lzm-landscape'), senge: pairs('lzm-senge-wheel') };
  })()`);
  assert.equal(tables.landscape.length, 1);
  assert.equal(tables.landscape[0].element[12], 'brug van creëren naar praktiseren | 3,5 | 2 | +1,5');
  // OECD file, whole school and three teams; "IB en directie" (3 respondents) has no wheel at all, and says why.
  assert.equal(tables.senge.length, 5);
  for (const { errors } of tables.senge) assert.equal(errors, 0);
  assert.equal(tables.senge[1].element[0], 'Systeemdenken | 3,38 | 30 | SD 0,51 | 3,07 | +0,3');
  assert.match((await page.locator('#senge').textContent())!, /team IB en directie.*?Systeemdenken: verborgen, minder dan 5 antwoorden/s);
  assert.equal(await page.locator('lzm-senge-wheel[model="oecd"]').count(), 1);
  const legend = await page.evaluate(() => [...document.querySelector('lzm-feedback-legend')!.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
  assert.equal(legend.length, 6);
  assert.match(legend[1], /^2, blauw, vierkantje: Je antwoord klopt, maar je uitleg of onderbouwing nog niet helemaal\.; 31 keer gegeven 31$/);
  // The whole school per subject: three dials in the overview.
  const dials = await page.evaluate(() => [...document.querySelectorAll('lzm-barometer')].map((el) => ({
    section: el.closest('section')!.id,
    label: el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-label'),
    text: el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'),
  })));
  assert.deepEqual(dials.map((dial) => [dial.section, dial.label, dial.text!.match(/Effectgrootte (\S+)/)![1]]), [
    ['overview', 'begrijpend lezen · sep-jun', '0,46'], ['overview', 'rekenen · feb-jun', '0,32'], ['overview', 'taal · sep-jun', '0,55'],
  ]);
  // The per-period plot of 6A rekenen: its periods in order, each with its d.
  // Only the active row carries its spoken text (aria-activedescendant): each row made active in turn.
  const periods = await page.evaluate(async () => {
    const plot = document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('[data-series="6A · rekenen"] lzm-effect-plot')!;
    const said = [];
    for (const [i] of plot.shadowRoot!.querySelectorAll('[role="option"]').entries()) {
      plot.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')[i].click();
      await plot.updateComplete;
      said.push(plot.shadowRoot!.querySelector('[aria-selected="true"]')!.getAttribute('aria-label')!);
    }
    return said;
  });
  assert.equal(periods.length, 2);
  assert.match(periods[0], /^sep-jan: .*0,08/);
  assert.match(periods[1], /^feb-jun: .*0,40/);
  const influences = await page.evaluate(() => [...document.querySelector('#influences lzm-effect-plot')!.shadowRoot!.querySelectorAll('[role="option"]')].map((option) => option.textContent));
  assert.deepEqual(influences, ['Hoge verwachtingen voor álle leerlingen', 'Feedback (eerste overzicht, 2009)', 'Feedback (latere definitie)', 'Kleinere klassen']);
  assert.deepEqual(requests, []);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page), []);
});

test('without JavaScript every element is drawn from the file itself (declarative shadow DOM), with no CSP violation', async () => {
  const { page, requests } = await open(build(['examples']), false);
  const drawn: Record<string, { all: number; drawn: number }> = await page.evaluate(DRAWN);
  const total = Object.values(drawn).reduce((sum, { all }) => sum + all, 0);
  assert.ok(total >= 20, `${total} elements`);
  for (const [tag, { all, drawn: count }] of Object.entries(drawn)) assert.equal(count, all, tag);
  const meter = await page.evaluate(() => document.querySelector('lzm-barometer')!.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'));
  assert.match(meter!, /^Effectgrootte 0,46 — zone van gewenste effecten/);
  assert.deepEqual(requests, []);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), []);
});

test('the first two screens at 1280×800 hold every shown group × subject d, the school barometers and "look here first"', async () => {
  const { page } = await open(build(['examples']));
  await page.setViewportSize({ width: 1280, height: 800 });
  const bottoms: Record<string, number> = await page.evaluate(`(() => {
    const bottom = (el) => el.getBoundingClientRect().bottom + window.scrollY;
    return {
      cells: Math.max(...[...document.querySelectorAll('table.overview td')].map(bottom)),
      dials: Math.max(...[...document.querySelectorAll('#overview lzm-barometer')].map(bottom)),
      look: bottom(document.querySelector('.look-first h3')),
      count: document.querySelectorAll('table.overview td').length,
    };
  })()`);
  assert.equal(bottoms.count, 30, '10 groups × 3 subjects');
  for (const [what, y] of Object.entries(bottoms)) if (what !== 'count') assert.ok(y <= 1600, `${what} ends at ${y}px`);
});

test('narrow and zoomed: no horizontal page scroll at 320 CSS px and at 200 % zoom of 1280 px; scroll boxes are named and focusable', async () => {
  const path = build(['examples']);
  for (const javaScript of [true, false]) {
    const { page } = await open(path, javaScript);
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 800 });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `${width}px, JavaScript ${javaScript}`);
    }
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.table-wrap')].map((box) => [box.getAttribute('tabindex'), box.getAttribute('role'), Boolean(box.getAttribute('aria-label'))].join()));
    assert.ok(boxes.length >= 5);
    assert.ok(boxes.every((box) => box === '0,region,true'), boxes.join(' '));
  }
  const { page } = await open(path);
  await page.setViewportSize({ width: 320, height: 640 });
  assert.deepEqual(await axe(page), []);
});

test('keyboard: a skip link first, and at most two tab stops per chart', async () => {
  const { page } = await open(build(['examples']));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement!.textContent), 'Naar de inhoud');
  const stops: Record<string, number> = await page.evaluate(`(() => {
    const focusable = (root) => [...root.querySelectorAll('a[href], button, input, [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0);
    const counts = {};
    for (const el of document.querySelectorAll('lzm-barometer, lzm-effect-plot, lzm-landscape, lzm-senge-wheel, lzm-feedback-legend')) counts[el.id] = focusable(el.shadowRoot).length;
    return counts;
  })()`);
  assert.ok(Object.keys(stops).length >= 20);
  for (const [id, count] of Object.entries(stops)) if (!/^(senge|landscape)-/.test(id)) assert.ok(count <= 2, `${id}: ${count} tab stops`);
});

test('keyboard: the Senge wheel and the landscape have at most two tab stops', async () => {
  const { page } = await open(build(['examples']));
  const stops: number[] = await page.evaluate(`[...document.querySelectorAll('lzm-senge-wheel, lzm-landscape')].map((el) => [...el.shadowRoot.querySelectorAll('a[href], button, [tabindex]')].filter((e) => e.tabIndex >= 0).length)`);
  assert.ok(stops.every((count) => count <= 2), stops.join(' '));
});

test('themes come from themes/*.css: dark and high-contrast pass axe (colour contrast included)', async () => {
  for (const theme of ['dark', 'high-contrast']) {
    const path = build(['examples', '--theme', theme]);
    const html = readFileSync(path, 'utf8');
    assert.ok(html.includes(readFileSync(`themes/${theme}.css`, 'utf8')), `themes/${theme}.css as the file has it`);
    const { page, problems } = await open(path);
    assert.deepEqual(await axe(page), [], theme);
    assert.deepEqual(problems, []);
  }
});

test('print: A4, every drawing on paper, nothing wider than the page, the example school in at most 12 pages', async () => {
  const path = build(['examples']);
  const { page } = await open(path);
  await page.emulateMedia({ media: 'print' });
  // A4 at 12 mm margins: 186 mm of line width at 96 px per inch.
  const width = Math.floor((186 / 25.4) * 96);
  await page.setViewportSize({ width, height: 1000 });
  const wide = await page.evaluate((limit) => [...document.querySelectorAll('main *')]
    .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > limit + 1 && !el.closest('details'))
    .map((el) => `${el.localName}.${el.className}`).slice(0, 5), width);
  assert.deepEqual(wide, []);
  const drawn: Record<string, { all: number; drawn: number }> = await page.evaluate(DRAWN);
  const hiddenDrawings = await page.evaluate(() => [...document.querySelectorAll('lzm-barometer, lzm-effect-plot, lzm-landscape, lzm-senge-wheel, lzm-feedback-legend')].filter((el) => el.getClientRects().length === 0).length);
  assert.equal(hiddenDrawings, 0, 'every drawing is printed');
  assert.ok(Object.values(drawn).every(({ all, drawn: count }) => all === count));
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 4 && pages <= 12, `${pages} pages`);
});

test('the influence table sorts and filters with the page script', async () => {
  const { page } = await open(build(['examples']));
  const names = () => page.evaluate(() => [...document.querySelectorAll('table.influences tbody tr:not([hidden]) th')].map((th) => th.textContent));
  await page.getByRole('button', { name: 'd', exact: true }).click();
  assert.deepEqual(await names(), ['Kleinere klassen', 'Feedback (latere definitie)', 'Feedback (eerste overzicht, 2009)', 'Hoge verwachtingen voor álle leerlingen']);
  assert.equal(await page.locator('table.influences th[aria-sort="ascending"]').count(), 1);
  await page.getByLabel('Filter op naam').fill('feedback');
  assert.deepEqual(await names(), ['Feedback (latere definitie)', 'Feedback (eerste overzicht, 2009)']);
});

test('an XSS payload in a group name and in --title shows as text and runs nothing', async () => {
  const csv = 'leerling;groep;vak;voormeting;nameting\n' + Array.from({ length: 6 }, (_, i) => `p${i};${XSS};rekenen;${40 + i};${44 + i * 2}`).join('\n');
  const input = join(work, 'xss.csv');
  writeFileSync(input, csv);
  const { page, problems } = await open(build([input, '--title', XSS]));
  assert.equal(await page.title(), XSS);
  assert.equal(await page.locator('h1').textContent(), XSS);
  assert.equal(await page.locator('table.groups tbody th').first().textContent(), XSS);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), []);
  assert.deepEqual(problems, []);
  const label = await page.evaluate(() => document.querySelector('#pupils lzm-effect-plot')!.shadowRoot!.querySelector('[role="option"]')!.textContent);
  assert.equal(label, XSS);
});

test('without JavaScript the page is a readable report: summary numbers and tables are in the HTML', async () => {
  const { page } = await open(build(['examples']), false);
  // The page's text with what each element drew into its (declarative) shadow root.
  const text: string = await page.evaluate(`(() => {
    const deep = (node) => node.nodeType === 3 ? node.data : node.nodeType === 1 || node.nodeType === 11
      ? [...(node.shadowRoot ? node.shadowRoot.childNodes : []), ...node.childNodes].filter((child) => child.localName !== 'style').map(deep).join('') : '';
    return deep(document.querySelector('main'));
  })()`);
  assert.match(text, /Kijk hier eerst/);
  assert.match(text, /6A · begrijpend lezen: d = 0,09 \(n = 28; 95%-BI −0,10 – 0,28; d_z = 0,18; r = 0,87; scharnierpunt 0,40\)/);
  assert.match(text, /Eén groep met een voor- en nameting meet groei, niet wat die groei veroorzaakte\./);
  assert.match(text, /rekenen 0,30; leerjaar 8 0,35/, 'the school\'s own hinge points in the legend');
  const periods = await page.locator('table.periods tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent).join(' ')));
  assert.deepEqual(periods.filter((row) => row.startsWith('6A')), ['6A rekenen sep-jan', '6A rekenen feb-jun']);
  assert.match(text, /Hoge verwachtingen voor álle leerlingen1,44/);
  assert.ok((await page.locator('table.groups tbody tr').count()) >= 27);
  assert.match((await page.locator('header').textContent())!, /\d+ leerlingen in 10 groepen/);
  assert.match(text, /Systeemdenken\s*3,38\s*30\s*SD 0,51\s*3,07\s*\+0,3/);
  assert.match(text, /De vijf disciplines van Senge: team IB en directie.*?Systeemdenken[^]*?verborgen, minder dan 5 antwoorden/s);
  assert.match(text, /brug van creëren naar praktiseren\s*3,5\s*2\s*\+1,5/);
  assert.match(text, /100 stippen gegeven; het vaakst nummer 2 \(blauw\): 31 keer\./);
  assert.match(text.replace(/\s+/g, ' '), /2 ?, blauw, vierkantje: Je antwoord klopt, maar je uitleg of onderbouwing nog niet helemaal\. ?; 31 keer gegeven/);
});
