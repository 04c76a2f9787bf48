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

test('the example dashboard renders every section from file://: elements upgraded, no requests, no CSP violation, axe clean', async () => {
  const { page, requests, problems } = await open(build(['examples']));
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('main > section')].map((section) => section.id)), ['pupils', 'influences', 'senge', 'landscape', 'legend', 'notes']);
  // Each new element shows the same numbers as the page's own table beside it (one reader for both).
  // A string, not a closure: tsx's keepNames would wrap inner functions in a __name() the page lacks.
  const tables: Record<'landscape' | 'senge', Array<{ element: string[]; page: string[]; errors: number }>> = await page.evaluate(`(() => {
    const rows = (root) => [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((cell) => cell.textContent.trim()).join(' | '));
    const pairs = (tag) => [...document.querySelectorAll(tag)].map((el) => ({
      element: rows(el.shadowRoot),
      page: rows(el.closest('.figure').nextElementSibling),
      errors: el.shadowRoot.querySelectorAll('[role="alert"]').length,
    }));
    return { landscape: pairs('lzm-landscape'), senge: pairs('lzm-senge-wheel') };
  })()`);
  assert.equal(tables.landscape.length, 1);
  assert.deepEqual(tables.landscape[0].element, tables.landscape[0].page);
  assert.equal(tables.landscape[0].element[12], 'brug van creëren naar praktiseren | 3,5 | 2 | +1,5');
  // OECD file, whole school and three teams; "IB en directie" (3 respondents) has no wheel at all.
  assert.equal(tables.senge.length, 5);
  for (const { element, page: own, errors } of tables.senge) {
    assert.equal(errors, 0);
    assert.equal(element.length, own.length);
    // Where the page says "fewer than 5 answers" (or hidden to protect a smaller team), the element
    // got no number either, and says the same.
    assert.deepEqual(element, own);
  }
  assert.equal(tables.senge[1].element[0], 'Systeemdenken | 3,38 | 30 | SD 0,51 | 3,07 | +0,3');
  assert.equal(await page.locator('lzm-senge-wheel[model="oecd"]').count(), 1);
  const legend = await page.evaluate(() => [...document.querySelector('lzm-feedback-legend')!.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
  assert.equal(legend.length, 6);
  assert.match(legend[1], /^2, blauw, vierkantje: Je antwoord klopt, maar je uitleg of onderbouwing nog niet helemaal\.; 31 keer gegeven 31$/);
  const dials = await page.evaluate(() => [...document.querySelectorAll('lzm-barometer')].map((el) => ({
    section: el.closest('section')!.id,
    label: el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-label'),
    text: el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'),
  })));
  assert.ok(dials.filter((dial) => dial.section === 'pupils').length >= 20);
  // The per-period sequence: compact barometers in period order, each with its period in its name.
  const sequence = await page.evaluate(() => [...[...document.querySelectorAll('.period-row')]
    .find((figure) => figure.querySelector('figcaption')!.textContent === '6A · rekenen')!
    .querySelectorAll('lzm-barometer[compact]')].map((el) => {
    const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
    return [meter.getAttribute('aria-label'), meter.getAttribute('aria-valuetext')!.replace(/^Effectgrootte (\S+) — .*?(d_z = \S+), (r = [^)]+)\)$/, '$1 $2 $3'), el.getAttribute('hinge')];
  }));
  assert.deepEqual(sequence, [
    ['6A · rekenen · sep-jan', '0,08 d_z = 0,21 r = 0,92', '0.3'],
    ['6A · rekenen · feb-jun', '0,40 d_z = 1,03 r = 0,94', '0.3'],
  ]);
  assert.deepEqual(dials.filter((dial) => dial.section === 'influences').map((dial) => [dial.label, dial.text!.match(/Effectgrootte (\S+)/)![1]]), [
    ['Hoge verwachtingen voor álle leerlingen', '1,44'],
    ['Feedback (eerste overzicht, 2009)', '1,13'],
    ['Feedback (latere definitie)', '0,75'],
    ['Kleinere klassen', '0,18'],
  ]);
  assert.deepEqual(requests, []);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), []);
  assert.deepEqual(problems, []);
  // axe through the DevTools protocol: a script tag would (rightly) be refused by the page's CSP.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run(document);
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  assert.deepEqual(violations, []);
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
  const label = await page.evaluate(() => document.querySelector('table.groups lzm-barometer')!.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-label'));
  assert.equal(label, `${XSS} · rekenen`);
});

test('without JavaScript the page is a readable report: summary numbers and tables are in the HTML', async () => {
  const { page } = await open(build(['examples']), false);
  const text = (await page.locator('main').textContent())!;
  assert.match(text, /Kijk hier eerst/);
  assert.match(text, /6A · begrijpend lezen: d = 0,09 \(n = 28; 95%-BI −0,10 – 0,28; d_z = 0,18; r = 0,87; scharnierpunt 0,40\)/);
  assert.match(text, /Eén groep met een voor- en nameting meet groei, niet wat die groei veroorzaakte\./);
  assert.match(text, /rekenen 0,30; leerjaar 8 0,35/, 'the school\'s own hinge points in the legend');
  const periods = await page.locator('table.periods tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent).join(' ')));
  assert.deepEqual(periods.filter((row) => row.startsWith('6A')), ['6A rekenen sep-jan', '6A rekenen feb-jun']);
  assert.match(text, /Hoge verwachtingen voor álle leerlingen1,44/);
  assert.ok((await page.locator('table.groups tbody tr').count()) >= 27);
  assert.match((await page.locator('header').textContent())!, /\d+ leerlingen in 10 groepen/);
  assert.match(text, /Systeemdenken3,38300?SD 0,513,07\+0,3/);
  assert.match(text, /De vijf disciplines van Senge: team IB en directie.*?Systeemdenkenverborgen, minder dan 5 antwoorden/s);
  assert.match(text, /brug van creëren naar praktiseren3,52\+1,5/);
  assert.match(text, /100 stippen gegeven; het vaakst nummer 2 \(blauw\): 31 keer\./);
  assert.match(text, /2 blauwvierkantjeJe antwoord klopt, maar je uitleg of onderbouwing nog niet helemaal\.31/);
});
