import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { launchChromium, serveRepo } from './browser.js';

// npm run docs (after the build that npm test runs first): typedoc with warnings as errors, and a
// usage page per element whose live examples run and whose reference matches the manifest.
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string; static?: boolean }[];
  events?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.customElement && d.tagName);

let browser: Browser;
let server: Server;
let base: string;
let output = '';

before(async () => {
  const run = spawnSync(process.execPath, ['scripts/docs.mjs'], { encoding: 'utf8' });
  output = run.stdout + run.stderr;
  assert.equal(run.status, 0, output);
  browser = await launchChromium();
  ({ url: base, server } = await serveRepo());
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('npm run docs builds the API site and a page per element without a warning', () => {
  assert.doesNotMatch(output, /warning/i);
  assert.equal(elements.length, 5);
  for (const element of elements) assert.ok(existsSync(`docs/api/documents/${element.tagName}.html`), `${element.tagName} page`);
  assert.match(readFileSync('docs/api/classes/index.LzmBarometer.html', 'utf8'), /ciLow/);
});

for (const element of elements) {
  test(`${element.tagName} page: live examples render, the reference lists the manifest's API`, async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${base}/docs/api/documents/${element.tagName}.html`);
    const tag = element.tagName!;
    await tab.waitForFunction(
      (tag) => {
        const live = [...document.querySelectorAll(`.lzm-live ${tag}`)];
        return live.length > 0 && live.every((el) => el.shadowRoot && el.shadowRoot.querySelector('figure, [part="card"], [role="alert"]'));
      },
      tag,
      { timeout: 10_000 },
    );
    const shown = await tab.evaluate(
      (tag) => [...document.querySelectorAll(`.lzm-live ${tag}`)].map((el) => (el.shadowRoot!.querySelector('[role="alert"]') ? 'error' : 'ok')),
      tag,
    );
    // Only the barometer page shows an error on purpose (a CSV with "n.v.t." as a number).
    assert.deepEqual(
      shown.filter((s) => s === 'error').length,
      tag === 'lzm-barometer' ? 1 : 0,
      `examples: ${shown.join(', ')}`,
    );
    assert.deepEqual(errors, []);
    const reference = await tab.evaluate(() => {
      const start = document.getElementById('reference');
      let text = '';
      for (let node = start?.nextElementSibling; node; node = node.nextElementSibling) text += ` ${node.textContent}`;
      return text;
    });
    const names = [
      ...(element.attributes ?? []).map((a) => a.name),
      ...(element.members ?? []).filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static).map((m) => m.name),
      ...(element.events ?? []).map((e) => e.name),
      ...(element.cssProperties ?? []).map((p) => p.name),
      ...(element.cssParts ?? []).map((p) => p.name),
    ];
    assert.ok(names.length > 20);
    assert.deepEqual(names.filter((name) => !reference.includes(name)), [], 'every name is in the reference');
    await tab.close();
  });
}
