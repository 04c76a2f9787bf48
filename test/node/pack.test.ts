import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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

test('npm package leaves out tests, fixtures, sources and demo', () => {
  const leaked = packed.filter((path) => /(\.test\.|^test\/|^components\/|^demo\/|^scripts\/|^examples\/.*\.py$|fixtures|\.github|\.ci\/)/.test(path));
  assert.deepEqual(leaked, []);
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
