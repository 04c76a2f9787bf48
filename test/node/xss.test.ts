// Hostile text (issue 9) in every text field of every input kind the generator reads, opened in
// real Chromium from file://: shown as text, no script runs, no CSP violation, no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import { launchChromium } from './browser.js';
import { P, MARKERS, PAYLOADS } from '../helpers/xss-payloads.js';

const work = mkdtempSync(join(tmpdir(), 'lzm-xss-'));
let browser: Browser;

before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
});

const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;

test('a payload in pupil, group and subject names, influence names (CSV and JSON), title, school, intros and a file name: text only, nothing runs', async () => {
  const folder = join(work, 'input');
  mkdirSync(folder);
  const pupils = ['leerling;groep;vak;voormeting;nameting', ...Array.from({ length: 6 }, (_, i) => `${cell(`${P} ${i}`)};${cell(P)};${cell(P)};${40 + i};${44 + 2 * i}`)];
  writeFileSync(join(folder, 'leerlingen.csv'), pupils.join('\r\n'));
  writeFileSync(join(folder, 'invloeden.csv'), ['invloed;effectgrootte;n', `${cell(P)};0,62;20`, 'Huiswerk;0,29;12'].join('\r\n'));
  // A file name is shown in the sources list: hostile names are possible on every file system.
  const hostileName = '<img src=x onerror="window.__xss=5">.json';
  writeFileSync(join(folder, hostileName), JSON.stringify([{ name: `${P} json`, value: 0.4 }]));
  writeFileSync(join(folder, 'dashboard.json'), JSON.stringify({ title: `${P} titel`, school: `${P} school`, intro: { pupils: `${P} intro`, influences: `${P} intro` } }));
  const out = join(work, 'dashboard.html');
  const run = spawnSync(process.execPath, ['bin/lzm-dashboard.js', folder, '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);

  // The HTML itself: no payload survives unescaped, in markup or in the inline data.
  const html = readFileSync(out, 'utf8');
  assert.doesNotMatch(html, /<img src=x/i);
  assert.doesNotMatch(html, /<script>window\.__xss/i);
  assert.doesNotMatch(html, /\{\{constructor[^}]*\}\}<\/script/);

  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(pathToFileURL(out).href);
  await page.waitForFunction(() => [...document.querySelectorAll('lzm-barometer')].every((el) => el.shadowRoot?.querySelector('[role="meter"]')));
  await page.waitForTimeout(200);

  const seen = await page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    for (const element of document.querySelectorAll('*')) {
      if (element.shadowRoot) texts.push(element.shadowRoot.textContent ?? '', ...[...element.shadowRoot.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')!));
    }
    return {
      text: texts.join('\n'),
      injected: document.querySelectorAll('img, iframe, object, embed').length,
      scripts: [...document.scripts].map((script) => script.textContent!.slice(0, 40)),
      xss: (window as unknown as { __xss?: number }).__xss,
      csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
    };
  });
  for (const marker of MARKERS) assert.ok(seen.text.includes(marker), `shown as text: ${JSON.stringify(marker)}`);
  for (const where of ['titel', 'school', 'intro', 'json']) assert.ok(seen.text.includes(`${PAYLOADS[6]} ${where}`), where);
  assert.ok(seen.text.includes(hostileName), 'the hostile file name is listed as text');
  assert.equal(seen.injected, 0);
  assert.equal(seen.xss, undefined);
  assert.deepEqual(seen.csp, []);
  assert.deepEqual(problems, []);
  // Only the page's own scripts: the runtime and the data; no script element came from the payload.
  assert.ok(seen.scripts.every((text) => !text.includes('__xss')), JSON.stringify(seen.scripts));
  await context.close();
});
