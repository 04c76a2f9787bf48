import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { launchChromium, serveRepo } from './browser.js';

// The done-criterion, literally: a plain HTML page with one module script and the tag.
const page = (script: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script></head><body>
<lzm-barometer value="0.62" label="Feedback"></lzm-barometer></body></html>`;

// The forest plot with typed rows in .data, as a publisher's script hands them over.
const plotPage = (script: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">
<script type="module">import '${script}';
document.querySelector('lzm-effect-plot').data = [{ name: 'Feedback', value: 0.75, ciLow: 0.58, ciHigh: 0.92, n: 27 }, { name: 'Kleinere klassen', value: 0.18 }];</script>
</head><body><lzm-effect-plot label="Invloeden"></lzm-effect-plot></body></html>`;

let browser: Browser;
let server: Server;
let base: string;

before(async () => {
  browser = await launchChromium();
  ({ url: base, server } = await serveRepo({
    '/barometer.html': page('/cdn/barometer.js'),
    '/all.html': page('/cdn/lzm-kit.js'),
    '/plot.html': plotPage('/cdn/effect-plot.js'),
    '/plot-all.html': plotPage('/cdn/lzm-kit.js'),
  }));
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh tab at `path`, recording the paths it requests and the errors it reports. */
async function open(path: string) {
  const tab = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(base + path);
  return { tab, requests, errors };
}

for (const [name, path] of [['cdn/barometer.js', '/barometer.html'], ['cdn/lzm-kit.js', '/all.html']]) {
  test(`${name} in a plain HTML page draws the dial; attribute-only use never fetches the data layer`, async () => {
    const { tab, requests, errors } = await open(path);
    await tab.waitForFunction(() => document.querySelector('lzm-barometer')?.shadowRoot?.querySelector('[role="meter"]'));
    const text = await tab.evaluate(() => document.querySelector('lzm-barometer')!.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'));
    assert.equal(text, 'Effectgrootte 0,62 — zone van gewenste effecten');
    assert.deepEqual(errors, []);
    assert.ok(!requests.some((r) => /papaparse|load-|barometer\.data/.test(r)), `lazy chunks not fetched: ${requests.join(', ')}`);
    await tab.close();
  });
}

for (const [name, path] of [['cdn/effect-plot.js', '/plot.html'], ['cdn/lzm-kit.js', '/plot-all.html']]) {
  test(`${name} in a plain HTML page draws the forest plot; typed rows never fetch the data layer`, async () => {
    const { tab, requests, errors } = await open(path);
    await tab.waitForFunction(() => document.querySelector('lzm-effect-plot')?.shadowRoot?.querySelectorAll('[role="option"]').length === 2);
    assert.equal(await tab.evaluate(() => document.querySelector('lzm-effect-plot')!.shadowRoot!.querySelector('[role="option"]')!.textContent), 'Feedback');
    // The legend and the spoken text come with the details chunk, right after the rows; a click makes the row active.
    await tab.waitForFunction(() => document.querySelector('lzm-effect-plot')!.shadowRoot!.querySelector('[part="legend"]'));
    await tab.locator('lzm-effect-plot [role="option"]').first().click();
    await tab.waitForFunction(() => document.querySelector('lzm-effect-plot')!.shadowRoot!.querySelector('[aria-selected="true"]'));
    const first = await tab.evaluate(() => document.querySelector('lzm-effect-plot')!.shadowRoot!.querySelector('[aria-selected="true"]')!.getAttribute('aria-label'));
    assert.equal(first, 'Feedback: d = 0,75, zone van gewenste effecten, 95%-BI 0,58–0,92, n = 27');
    assert.deepEqual(errors, []);
    assert.ok(!requests.some((r) => /papaparse|load-|\.data-/.test(r)), `lazy chunks not fetched: ${requests.join(', ')}`);
    await tab.close();
  });
}
