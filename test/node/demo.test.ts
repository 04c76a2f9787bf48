import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright';
import { launchChromium } from './browser.js';

// The trainer demo as built by `npm run demo:build` (npm test builds it), opened from file://
// as from a USB stick: no server, no network.
const demoUrl = pathToFileURL('demo-dist/index.html').href;

let browser: Browser;
let tab: Page;
const errors: string[] = [];
const network: string[] = [];

before(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true });
  tab = await context.newPage();
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) network.push(request.url());
  });
  await tab.goto(`${demoUrl}#barometer`);
  await tab.waitForFunction(() => document.querySelector('lzm-barometer')?.shadowRoot?.querySelector('[role="meter"]'));
});
after(() => browser?.close());

const valueText = () =>
  tab.evaluate(() => document.querySelector('lzm-barometer')!.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'));

test('the offline demo loads from file:// with no errors and no network requests', () => {
  assert.deepEqual(errors, []);
  assert.deepEqual(network, []);
});

test('controls change the element', async () => {
  await tab.getByLabel('Effectgrootte').fill('0.3');
  assert.match((await valueText())!, /^Effectgrootte 0,30 — leerkrachteffecten/);
  await tab.getByLabel('Scharnierpunt').fill('0.2');
  assert.match((await valueText())!, /zone van gewenste effecten/);
});

test('the language switch turns the slide and the element to English', async () => {
  await tab.getByRole('button', { name: 'English' }).click();
  await tab.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match((await valueText())!, /^Effect size 0\.75 — zone of desired effects/);
  assert.equal(await tab.locator('main h2').textContent(), "Hattie's barometer");
  await tab.getByRole('button', { name: 'Nederlands' }).click();
});

test('export gives a standalone SVG and a PNG', async () => {
  const [svgDownload] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  assert.match(svg, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<path[^>]*class="zone zone-desired"[^>]*style="[^"]*fill:\s*rgb\(46, 125, 50\)/);
  const [pngDownload] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: 'Download PNG' }).click()]);
  const png = await readFile((await pngDownload.path())!);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.length > 2000);
});

test('a dropped CSV file shows a school’s own data, and a bad one a clear error', async () => {
  await tab.setInputFiles('input[type=file]', { name: 'eigen.csv', mimeType: 'text/csv', buffer: Buffer.from('invloed;effectgrootte\nEigen interventie;0,52\n') });
  await tab.waitForFunction(() => /0,52/.test(document.querySelector('lzm-barometer')!.shadowRoot!.textContent ?? ''));
  assert.match((await valueText())!, /^Effectgrootte 0,52/);
  await tab.setInputFiles('input[type=file]', { name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from('invloed;effectgrootte\nEigen interventie;veel\n') });
  await tab.waitForFunction(() => document.querySelector('lzm-barometer')!.shadowRoot!.querySelector('[role="alert"]'));
  const alert = await tab.evaluate(() => document.querySelector('lzm-barometer')!.shadowRoot!.querySelector('[role="alert"] code')!.textContent);
  assert.equal(alert, 'fout.csv:2:2: "veel" is geen getal');
});

test('arrow keys move between slides; presentation mode enlarges', async () => {
  await tab.locator('main').focus();
  await tab.keyboard.press('ArrowRight');
  await tab.getByRole('button', { name: 'Presenteren' }).click();
  assert.equal(await tab.evaluate(() => document.body.classList.contains('presenting')), true);
  await tab.getByRole('button', { name: 'Stop presentatie' }).click();
});

test('axe-core finds no violations on the demo', async () => {
  await tab.goto(`${demoUrl}#barometer`);
  await tab.waitForFunction(() => document.querySelector('lzm-barometer')?.shadowRoot?.querySelector('[role="meter"]'));
  await tab.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await tab.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  assert.deepEqual(violations, []);
});
