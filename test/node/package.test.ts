import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
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

test('the built VERSION is package.json\'s: npm modules, every CDN file, the dashboard runtime', async () => {
  const core = await import(pathToFileURL('dist/core.js').href);
  assert.equal(core.VERSION, pkg.version);
  // Each CDN file registers its elements under the version (define.ts): the string is in it, once built in.
  const quoted = new RegExp(`["'\`]${pkg.version.replace(/\./g, '\\.')}["'\`]`);
  for (const file of [...readdirSync('cdn').filter((name) => name.endsWith('.js')).map((name) => `cdn/${name}`), 'dist/runtime/lzm-kit.js']) {
    assert.match(readFileSync(file, 'utf8'), quoted, file);
  }
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

/** Every import specifier of a built (unminified) module: its import/export statements and import() calls. */
function importsOf(code: string): string[] {
  return [...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
}

test('npm build: its bare imports are its dependencies; the files that register elements are marked side-effectful', () => {
  const files = [...readdirSync('dist').filter((name) => name.endsWith('.js')), ...readdirSync('dist/chunks').filter((name) => name.endsWith('.js')).map((name) => `chunks/${name}`)];
  const patterns = (pkg.sideEffects as string[]).map((glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*\*/g, '.+').replace(/\*/g, '[^/]*')}$`));
  const sideEffectful = (file: string) => patterns.some((pattern) => pattern.test(`dist/${file}`));
  for (const file of files) {
    const code = readFileSync(`dist/${file}`, 'utf8');
    for (const specifier of importsOf(code).filter((s) => !s.startsWith('.'))) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      assert.ok(name in pkg.dependencies, `${file} imports ${specifier}, not a dependency`);
    }
    // A file that defines an element must stay when an app imports the entry for its effect alone.
    if (/defineElement\(["'`]lzm-/.test(code)) assert.ok(sideEffectful(file), `${file} registers an element: list it in "sideEffects"`);
    // A chunk imported for its effect alone (no bindings) would be dropped by an app's bundler unless listed.
    for (const [, chunk] of code.matchAll(/^import\s*"\.\/(?:chunks\/)?([^"]+)"/gm)) {
      assert.ok(sideEffectful(`chunks/${chunk}`), `${file} imports ${chunk} for its effects: list it in "sideEffects"`);
    }
  }
  for (const entry of ['index', 'barometer', 'feedback-legend', 'senge-wheel', 'landscape', 'effect-plot']) assert.ok(sideEffectful(`${entry}.js`), entry);
  assert.ok(!sideEffectful('core.js'), 'lzm-kit/core registers nothing');
});

test('an app bundling lzm-kit (Vite) keeps only what it imports: parseNumber without Lit, one element without the others', async () => {
  const { build } = await import('vite');
  const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, resolve } = await import('node:path');
  const app = mkdtempSync(join(tmpdir(), 'lzm-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(resolve('.'), join(app, 'node_modules', 'lzm-kit'));
  const bundle = async (name: string, source: string) => {
    writeFileSync(join(app, `${name}.js`), source);
    await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir: join(app, `out-${name}`), lib: { entry: join(app, `${name}.js`), formats: ['es'], fileName: name } } });
    const dir = join(app, `out-${name}`);
    return readdirSync(dir).filter((file) => /\.m?js$/.test(file)).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  };
  const core = await bundle('core', "import { parseNumber } from 'lzm-kit/core';\nconsole.log(parseNumber('1,5'));\n");
  assert.doesNotMatch(core, /LitElement|customElements|papaparse/i);
  assert.ok(gzipSync(core, { level: 9 }).length < 8 * 1024, `${gzipSync(core, { level: 9 }).length} bytes gzipped`);
  const barometer = await bundle('barometer', "import 'lzm-kit/barometer';\n");
  assert.match(barometer, /defineElement\(["'`]lzm-barometer|["'`]lzm-barometer["'`]/);
  assert.match(barometer, /zone van gewenste effecten/, 'its Dutch texts came along');
  assert.doesNotMatch(barometer, /["'`]lzm-effect-plot["'`]/);
});
