import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rm, symlink, writeFile, lstat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { build } from 'vite';
import { launchChromium, serveRepo } from '../node/browser.js';

/**
 * The framework story of issue 10, checked as a user would meet it (after `npm run build`):
 * - the JSX/template typings (lzm-kit/react, /preact, /vue, /svelte, /jsx) accept what is right and
 *   refuse what is wrong (test/frameworks/types: every @ts-expect-error must meet an error);
 * - the README's plain-HTML, React and Vue snippets are taken from README.md as they stand, built
 *   with vite (React, Vue), type-checked, and run in Chromium;
 * - an app with its own Lit that bundles dist/ carries one Lit runtime.
 * Apps import `lzm-kit` through test/node_modules/lzm-kit, a link to this package, so the
 * package.json `exports` map is what resolves every import.
 */
const run = promisify(execFile);
const tmp = 'test/.tmp/frameworks';
const bin = (name: string) => `node_modules/.bin/${name}`;

let browser: Browser;
let server: Server;
let base: string;

/** The fenced block after `<!-- snippet: <name> ... -->` in README.md. */
function snippet(readme: string, name: string): string {
  const at = readme.indexOf(`<!-- snippet: ${name}`);
  assert.ok(at >= 0, `README.md has the snippet ${name}`);
  const block = readme.slice(at).match(/```\w*\n([\s\S]*?)```/);
  assert.ok(block, `a code block follows the ${name} marker`);
  return block[1];
}

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

const page = (title: string, mount: string, script: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>` +
  `<body><div id="${mount}"></div><script type="module" src="${script}"></script></body></html>`;

before(async () => {
  await lstat('test/node_modules/lzm-kit').catch(async () => {
    await mkdir('test/node_modules', { recursive: true });
    await symlink('../..', 'test/node_modules/lzm-kit');
  });
  await rm(tmp, { recursive: true, force: true });
  const readme = await readFile('README.md', 'utf8');

  await put(`${tmp}/react/main.tsx`, snippet(readme, 'react/main.tsx'));
  await put(`${tmp}/react/index.html`, page('React', 'root', './main.tsx'));
  await put(`${tmp}/react/tsconfig.json`, JSON.stringify({ extends: '../../../frameworks/types/tsconfig.base.json', compilerOptions: { jsx: 'react-jsx' }, files: ['main.tsx'] }));

  await put(`${tmp}/vue/vite.config.ts`, snippet(readme, 'vue/vite.config.ts'));
  await put(`${tmp}/vue/env.d.ts`, snippet(readme, 'vue/env.d.ts'));
  await put(`${tmp}/vue/App.vue`, snippet(readme, 'vue/App.vue'));
  await put(`${tmp}/vue/main.ts`, "import { createApp } from 'vue';\nimport App from './App.vue';\n\ncreateApp(App).mount('#app');\n");
  await put(`${tmp}/vue/index.html`, page('Vue', 'app', './main.ts'));
  await put(`${tmp}/vue/tsconfig.json`, JSON.stringify({ extends: '../../../frameworks/types/tsconfig.base.json', compilerOptions: { jsx: 'preserve' }, files: ['env.d.ts'], include: ['*.vue'] }));

  // The plain-HTML snippet as a site would serve it: cdn/ copied to /lzm-kit/cdn/, data files beside the page.
  const html = snippet(readme, 'html/index.html').replaceAll('/lzm-kit/cdn/', '/cdn/');
  await put(`${tmp}/html/index.html`, `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>HTML</title><link rel="icon" href="data:,"></head><body>\n${html}</body></html>`);
  await put(`${tmp}/html/effecten.csv`, 'invloed;effectgrootte;n\r\nKleinere klassen;0,18;\r\nFeedback;0,70;31\r\n');
  const pupils = ['leerling;groep;vak;voormeting;nameting'];
  for (let i = 0; i < 8; i++) pupils.push(`L${i};5B;rekenen;${40 + i};${46 + i + (i % 3)}`);
  await put(`${tmp}/html/toetsen.csv`, pupils.join('\r\n') + '\r\n');

  browser = await launchChromium();
  ({ url: base, server } = await serveRepo());
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('typings for React, Preact, Svelte and the neutral JSX entry accept the API and refuse mistakes (tsc)', async () => {
  await Promise.all(
    ['react', 'preact', 'svelte'].map((name) => run(bin('tsc'), ['-p', `test/frameworks/types/tsconfig.${name}.json`]).catch(failWithOutput(name))),
  );
});

test('typings for Vue templates accept the API and refuse mistakes (vue-tsc)', async () => {
  await run(bin('vue-tsc'), ['-p', 'test/frameworks/types/tsconfig.vue.json']).catch(failWithOutput('vue'));
});

test('the README React and Vue snippets type-check', async () => {
  await Promise.all([
    run(bin('tsc'), ['-p', `${tmp}/react/tsconfig.json`]).catch(failWithOutput('README React')),
    run(bin('vue-tsc'), ['-p', `${tmp}/vue/tsconfig.json`]).catch(failWithOutput('README Vue')),
  ]);
});

test('the README React snippet builds with vite and shows the barometer with its properties', async () => {
  await build({ root: `${tmp}/react`, configFile: false, base: './', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  await expectBarometer(`${tmp}/react/dist/index.html`, '0,62', '0,41–0,83');
});

test('the README Vue snippet builds with vite (its vite.config.ts) and shows the barometer with its properties', async () => {
  await build({ root: `${tmp}/vue`, configFile: `${tmp}/vue/vite.config.ts`, base: './', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  await expectBarometer(`${tmp}/vue/dist/index.html`, '0,62', '0,41–0,83');
});

test('the README plain-HTML snippet works from one module script: attributes, a CSV of influences, pupil data in English', async () => {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${base}/${tmp}/html/index.html`);
  await tab.waitForFunction(() => [...document.querySelectorAll('lzm-barometer')].every((el) => el.shadowRoot?.querySelector('[role="meter"]')), undefined, { timeout: 10_000 });
  const texts = await tab.evaluate(() =>
    [...document.querySelectorAll('lzm-barometer')].map((el) => el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')),
  );
  assert.equal(texts.length, 3);
  assert.match(texts[0]!, /^Effectgrootte 0,62 — zone van gewenste effecten \(95%-BI 0,41–0,83, n = 27\)/);
  assert.match(texts[1]!, /^Effectgrootte 0,70 /);
  assert.match(texts[2]!, /^Effect size \d\.\d\d /, 'pupil data for 5B rekenen, in English');
  assert.deepEqual(errors, []);
  await tab.close();
});

test('an app with its own Lit that bundles lzm-kit/barometer carries one Lit runtime', async () => {
  const litRuntimes = async (root: string) => {
    const outDir = join(process.cwd(), tmp, `out-${root.split('/').pop()}`);
    await build({ root, configFile: false, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const dir = join(outDir, 'assets');
    const code = (await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.js')).map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
    // Lit's two runtimes each register their version once per copy on globalThis.
    return { litHtml: count(code, 'litHtmlVersions'), reactiveElement: count(code, 'reactiveElementVersions') };
  };
  assert.deepEqual(await litRuntimes('test/frameworks/lit-app'), { litHtml: 1, reactiveElement: 1 });
  // The check can fail: the CDN file has its own Lit inside, so importing it as well gives two.
  await put(`${tmp}/lit-app-cdn/index.html`, page('Two Lits', 'app', './main.ts'));
  await put(`${tmp}/lit-app-cdn/main.ts`, "import { LitElement } from 'lit';\nimport 'lzm-kit/cdn/barometer.js';\n\ncustomElements.define('x-app', class extends LitElement {});\n");
  assert.deepEqual(await litRuntimes(`${tmp}/lit-app-cdn`), { litHtml: 2, reactiveElement: 2 });
});

async function expectBarometer(path: string, value: string, ci: string): Promise<void> {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${base}/${path}`);
  await tab.waitForFunction(() => document.querySelector('lzm-barometer')?.shadowRoot?.querySelector('[role="meter"]'), undefined, { timeout: 10_000 });
  const text = await tab.evaluate(() => document.querySelector('lzm-barometer')!.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'));
  assert.match(text!, new RegExp(`^Effectgrootte ${value} — .*95%-BI ${ci}`), 'value and CI set as properties reach the element');
  assert.deepEqual(errors, []);
  await tab.close();
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function failWithOutput(name: string) {
  return (error: { stdout?: string; stderr?: string }) => {
    assert.fail(`${name}: type check failed\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  };
}
