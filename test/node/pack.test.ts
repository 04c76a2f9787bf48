import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

// What a publisher downloads: built files, types, manifest, themes, docs. Never tests, fixtures
// or demo sources. (`npm test` builds first, so dist/ and cdn/ exist.)
const packed: string[] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
)[0].files.map((file: { path: string }) => file.path);

test('npm package contains the builds, types, manifest, README and LICENSE', () => {
  for (const required of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/index.js', 'dist/barometer.js', 'dist/core.js', 'cdn/barometer.js', 'cdn/lzm-kit.js', 'dist/types/index.d.ts']) {
    assert.ok(packed.includes(required), `${required} is packed`);
  }
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const ELEMENTS = ['barometer', 'feedback-legend', 'senge-wheel', 'landscape', 'effect-plot'];
const FRAMEWORKS = ['react', 'preact', 'vue', 'svelte', 'jsx'];

test('npm package contains every element (npm and CDN builds, types), the framework typings, themes, CLI', () => {
  const required = [
    ...ELEMENTS.flatMap((name) => [`dist/${name}.js`, `cdn/${name}.js`, `dist/types/${name}/${name}.d.ts`]),
    ...FRAMEWORKS.map((name) => `dist/types/frameworks/${name}.d.ts`),
    'dist/types/frameworks/elements.d.ts',
    ...readdirSync('themes').map((name) => `themes/${name}`),
    'CHANGELOG.md',
    'bin/lzm-dashboard.js',
    'dist/generator/cli.js',
    'dist/generator/page/page.css',
    'dist/generator/page/page-script.js',
    'dist/runtime/lzm-kit.js',
  ];
  assert.deepEqual(required.filter((path) => !packed.includes(path)), []);
});

test('npm package leaves out tests, fixtures, sources, docs, benchmarks and demo', () => {
  const leaked = packed.filter((path) =>
    /(\.test\.|^test\/|^components\/|^types\/|^demo\/|^demo-dist\/|^docs\/|^bench\/|^scripts\/|^examples\/|^generator\/|fixtures|\.github|\.ci\/|node_modules|\.tsbuildinfo$|^dashboard\.html$)/.test(path),
  );
  assert.deepEqual(leaked, []);
});

test('package.json exports: every element, the framework typings (types only), files that are packed', () => {
  for (const name of ELEMENTS) {
    assert.deepEqual(pkg.exports[`./${name}`], { types: `./dist/types/${name}/${name}.d.ts`, default: `./dist/${name}.js` }, name);
  }
  for (const name of FRAMEWORKS) {
    assert.deepEqual(pkg.exports[`./${name}`], { types: `./dist/types/frameworks/${name}.d.ts` }, `${name} is types-only`);
  }
  // Every file an export names (apart from the wildcards) is in the package.
  for (const [name, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
    if (name.includes('*')) continue;
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(packed.includes(path.replace(/^\.\//, '')), `${name} → ${path} is packed`);
    }
  }
  assert.equal(pkg.types, './dist/types/index.d.ts');
  assert.ok(packed.includes(pkg.types.slice(2)));
});

test('package.json sideEffects: the registering entries and their chunks, not the data layer', () => {
  for (const path of ['./dist/index.js', ...ELEMENTS.map((name) => `./dist/${name}.js`), ...ELEMENTS.map((name) => `./dist/chunks/${name}-*.js`), './cdn/**']) {
    assert.ok(pkg.sideEffects.includes(path), `${path} is a side effect`);
  }
  assert.ok(!pkg.sideEffects.includes('./dist/core.js'), 'lzm-kit/core registers nothing and tree-shakes');
  assert.ok(!pkg.sideEffects.includes('./dist/chunks/*.js'), 'the data layer\'s chunks tree-shake (package.test.ts checks which chunks register)');
});

test('package.json entry points: ESM, types, manifest, side effects', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['.'].types, './dist/types/index.d.ts');
  assert.ok(Array.isArray(pkg.sideEffects) && pkg.sideEffects.includes('./dist/barometer.js'), 'element registration is a side effect');
  assert.equal(pkg.dependencies.lit !== undefined, true);
  assert.equal(pkg.license, 'MIT');
});
