import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('package exports point at built files', () => {
  for (const [name, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
    if (typeof target === 'string') continue;
    for (const path of Object.values(target)) assert.ok(existsSync(path), `${name} → ${path} exists`);
  }
});

test('the npm build keeps lit and the data layer as imports, not copies', () => {
  const dist = readFileSync('dist/barometer.js', 'utf8') + readFileSync(`dist/chunks/${chunkOf('barometer')}`, 'utf8');
  assert.match(dist, /from ['"]lit['"]/);
  assert.doesNotMatch(dist, /class \w+ extends HTMLElement/, 'ReactiveElement is not bundled');
});

test('the CDN barometer is self-contained: no bare imports, papaparse only as a lazy chunk', () => {
  const code = readFileSync('cdn/barometer.js', 'utf8');
  const imports = [...code.matchAll(/(?:from|import\()\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  assert.ok(imports.length > 0);
  for (const specifier of imports) assert.match(specifier, /^\.\/chunks\//, `relative import ${specifier}`);
  const staticImports = [...code.matchAll(/from\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  assert.ok(!staticImports.some((s) => s.includes('papaparse')), 'papaparse is not loaded up front');
  assert.ok(gzipSync(code, { level: 9 }).length < 16 * 1024);
});

test('the CDN legend is self-contained; its data reader, theory panel and papaparse load lazily', () => {
  const code = readFileSync('cdn/feedback-legend.js', 'utf8');
  const staticImports = [...code.matchAll(/from\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  const lazyImports = [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  for (const specifier of [...staticImports, ...lazyImports]) assert.match(specifier, /^\.\/chunks\//);
  for (const lazy of ['feedback-legend.data', 'feedback-legend.theory', 'papaparse']) {
    assert.ok(!staticImports.some((s) => s.includes(lazy)), `${lazy} is not loaded up front`);
  }
  assert.ok(lazyImports.some((s) => s.includes('feedback-legend.data')));
  assert.ok(lazyImports.some((s) => s.includes('feedback-legend.theory')));
});

test('VERSION in the code matches package.json', () => {
  assert.match(readFileSync('components/core/version.ts', 'utf8'), new RegExp(`'${pkg.version.replace(/\./g, '\\.')}'`));
});

function chunkOf(name: string): string {
  const entry = readFileSync(`dist/${name}.js`, 'utf8');
  return entry.match(/chunks\/([\w.-]+\.js)/)![1];
}

test('the CDN landscape is self-contained and its data reader is a lazy chunk', () => {
  const code = readFileSync('cdn/landscape.js', 'utf8');
  const staticImports = [...code.matchAll(/from\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  for (const specifier of staticImports) assert.match(specifier, /^\.\/chunks\//, `relative import ${specifier}`);
  assert.ok(!staticImports.some((s) => /papaparse|landscape\.data|load-/.test(s)), 'data layer not loaded up front');
  assert.match(code, /import\(["'`]\.\/chunks\/landscape\.data/);
  assert.ok(gzipSync(code, { level: 9 }).length < 16 * 1024);
});

test('the CDN effect plot is self-contained and its influences reader is a lazy chunk', () => {
  const code = readFileSync('cdn/effect-plot.js', 'utf8');
  const staticImports = [...code.matchAll(/from\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  for (const specifier of staticImports) assert.match(specifier, /^\.\/chunks\//, `relative import ${specifier}`);
  assert.ok(!staticImports.some((s) => /papaparse|effect-plot\.data|load-|data-errors/.test(s)), 'data layer not loaded up front');
  assert.match(code, /import\(["'`]\.\/chunks\/effect-plot\.data/);
});

test('lzm-kit/core exports by name exactly the API the README lists, no reader internals', async () => {
  const core = await import(new URL('../../dist/core.js', import.meta.url).href);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Data formats'), readme.indexOf('Everything else\nin `components/core/` is internal.'));
  const named = new Set([...section.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((match) => match[1]));
  for (const name of Object.keys(core)) assert.ok(named.has(name), `${name} is exported but not in the README's list`);
  for (const internal of ['parseNumberAt', 'LineTracker', 'mapColumns', 'numberAttribute']) assert.equal(internal in core, false, internal);
});
