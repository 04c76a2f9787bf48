// `npm run bench` (after scripts/build.mjs): sizes, render times in headless Chromium and the
// generator on 100k / 1M rows, lzm-kit side by side with the same dial made with Chart.js and
// ECharts. Prints the numbers and writes BENCHMARKS.md. Not part of `npm test`.
// Also the render time of the four elements side by side (50 of each with realistic data).
// Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_RUNS (dial render runs, default 11),
// BENCH_ELEMENTS (instances per element, default 50), BENCH_ELEMENT_RUNS (default 9),
// BENCH_SKIP_GENERATOR=1, BENCH_SKIP_RENDER=1 (all render parts), BENCH_SKIP_ELEMENTS=1 and
// BENCH_SKIP_TRACE=1 (the traced runs) to leave a part out while working on the bench.
// BENCH_ONLY=effect-plot runs only the sizes and the forest-plot part (bench/effect-plot.mjs,
// BENCH_FOREST_RUNS, default 11) and replaces only that section of BENCHMARKS.md.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { spawnSync, execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { build as esbuild, transform as esbuildTransform } from 'esbuild';
import { chromium } from 'playwright';
import { elementData, influenceList, writeManyGroupRows, writePupilRows, writeSittingRows } from '../bench/data.mjs';
import { bundlePeer } from '../bench/bundle-peer.mjs';
import { buildForestPeer, d3ArrayCost, forestLibraries, forestSection, forestTargets, runForest, spliceSection, writeForestPages } from '../bench/effect-plot.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.bench'); // gitignored
mkdirSync(join(work, 'pages'), { recursive: true });
const started = performance.now();

const KB = 1000; // sizes in kB of 1000 bytes (stricter than KiB)
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const ms = (x) => (x == null ? '–' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const log = (line = '') => console.log(line);
const verdict = (ok, gap) => (ok ? `PASS (${gap} under)` : `MISS (${gap} over)`);

/**
 * The targets (issue 19), one row each: every one is printed with PASS/MISS, and a miss with how
 * much and why (bench/remedies.mjs). A section measures and calls `target(id, …)`; a target that
 * could not be measured in a run is printed as such. New sections add their rows here.
 */
const TARGETS = [
  { id: 'size-barometer-cdn', what: 'cdn/barometer.js initial load (Lit inside)', limit: 12 * KB, unit: 'kB' },
  { id: 'size-barometer-npm', what: 'npm `lzm-kit/barometer` with Lit and its static imports, esbuild-minified, gzip file by file', limit: 12 * KB, unit: 'kB' },
  { id: 'size-all-cdn', what: 'cdn/lzm-kit.js initial load (all elements)', limit: 25 * KB, unit: 'kB' },
  { id: 'size-all-npm', what: 'npm `lzm-kit` (all elements) with Lit and its static imports, esbuild-minified, gzip file by file', limit: 25 * KB, unit: 'kB' },
  { id: 'draw', what: 'draw 320 dials (first dial created → drawn), lzm-kit / Chart.js', limit: 0.25, unit: '×' },
  { id: 'update', what: 'update all 320 dials, lzm-kit / Chart.js', limit: 0.2, unit: '×' },
  { id: 'gen-parse-1m', what: 'generator 1,000,000 rows / papaparse `header: true` parse time (in-process, the same file)', limit: 1.5, unit: '×' },
  { id: 'gen-process-1m', what: 'generator 1,000,000 rows / papaparse baseline process (read + `header: true` parse)', limit: 1.5, unit: '×' },
  { id: 'gen-sittings-2m', what: 'generator 2,000,000 sittings (long format) / papaparse `header: true` parse time', limit: 2, unit: '×' },
  { id: 'gen-sittings-memory', what: 'generator 2,000,000 sittings: peak memory (bounded by pupils × subjects)', limit: 400, unit: 'MiB', strict: true },
  { id: 'board-memory', what: 'generator, board file (1,000,000 rows, 5,000 groups, Windows-1252): peak memory', limit: 300, unit: 'MiB', strict: true },
];
/**
 * What the traces showed while the dial was rebuilt for issue 19 (2026-12-01, this machine); the
 * table above is measured again on every run.
 */
const TRACE_FINDINGS = [
  'Found with these traces while the dial was rebuilt (issue 19): before, a dial was 70 elements, a legend and a hidden table,',
  'and its 320 first renders spent most of their script time in Lit setting attributes (`AttributePart` commits:',
  'about 100 bindings a dial, SVG `d`, `x`, `y` parsed one `setAttribute` at a time, ~75 ms of self time), cloning and',
  'walking templates with white space text nodes, and the first `Intl.NumberFormat` of the page (locale data, ~25 ms).',
  'Now the zone ring and the scale (ticks, labels, hinge) are one static template per scale, hinge and language, cloned',
  'by each dial with no bindings; the legend, the caption\'s detail line and the table render on demand (a lazy chunk);',
  'numbers are formatted without Intl (same output). A dial has about 30 elements and 20 bindings; its script time',
  'is now mostly `importNode` and inserting the clones, and Layout is the largest rendering item, for the dials on screen',
  'only (`content-visibility: auto`). Chart.js spends its time in script (chart setup and canvas drawing per instance).',
];
const formatTarget = (unit, x) => (unit === 'kB' ? kb(x) : unit === '×' ? `${x.toFixed(2)}×` : `${x.toFixed(0)} ${unit}`);
/** Records a measured target: PASS when within its limit (`strict`: below it). */
function target(id, measured, extra = {}) {
  const row = TARGETS.find((t) => t.id === id);
  const ok = row.strict ? measured < row.limit : measured <= row.limit;
  const result = { ...row, ...extra, measured, ok, value: formatTarget(row.unit, measured), limit: `${row.strict ? '<' : '≤'} ${formatTarget(row.unit, row.limit)}`, gap: row.unit === '×' && Math.abs(row.limit - measured) < 0.005 ? '< 0.01×' : formatTarget(row.unit, Math.abs(row.limit - measured)) };
  targets.push(result);
  return result;
}

/* ------------------------------------------------------------------ machine */

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
let chromiumVersion = 'unknown';
try {
  chromiumVersion = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  // no Chromium: the bench says 'unknown' and its browser parts fail on their own
}
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
const machine = {
  loadStart: load(),
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  nproc: os.availableParallelism?.() ?? os.cpus().length,
  memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  os: `${os.type()} ${os.release()} (${os.arch()})`,
  node: process.version,
  chromium: chromiumVersion,
  versions: {
    lit: version('lit'),
    'chart.js': version('chart.js'),
    echarts: version('echarts'),
    esbuild: version('esbuild'),
    vite: version('vite'),
    papaparse: version('papaparse'),
    playwright: version('playwright'),
    plot: version('@observablehq/plot'),
  },
};
log(`lzm-kit bench · ${machine.date} · ${machine.nproc} cores (${machine.cpu}) · ${machine.memory} · node ${machine.node} · ${machine.chromium}`);

/* -------------------------------------------------------------------- sizes */

const STATIC = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
const importsOf = (file, pattern) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => resolve(dirname(file), m[1]));

/** The entry plus everything it imports statically, recursively: what a page loads up front. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    if (!existsSync(file)) throw new Error(`${relative(root, entry)} imports missing ${relative(root, file)}`);
    seen.add(file);
    importsOf(file, STATIC).forEach(visit);
  };
  visit(entry);
  return seen;
}

/** Chunks reachable only through import(): loaded when `src` or `.data` is used. */
function lazyClosure(initial) {
  const lazy = new Set();
  const queue = [...initial].flatMap((f) => importsOf(f, DYNAMIC));
  while (queue.length) {
    const file = queue.shift();
    if (initial.has(file) || lazy.has(file)) continue;
    lazy.add(file);
    queue.push(...importsOf(file, STATIC), ...importsOf(file, DYNAMIC));
  }
  return lazy;
}

const measureFiles = (files) => [...files].map((file) => ({ file: relative(root, file), raw: statSync(file).size, gz: gz(readFileSync(file)) }));
const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);

const cdn = join(root, 'cdn');
if (!existsSync(join(cdn, 'barometer.js'))) throw new Error('cdn/barometer.js is missing: run `npm run bench` (it builds first)');
const entries = readdirSync(cdn).filter((name) => name.endsWith('.js')).sort((a, b) => (a === 'lzm-kit.js') - (b === 'lzm-kit.js') || a.localeCompare(b));
const elementsInKit = [...readFileSync(join(root, 'components/index.ts'), 'utf8').matchAll(/export \* from '\.\/([\w-]+)\//g)].map((m) => m[1]);

const sizes = entries.map((name) => {
  const entry = join(cdn, name);
  const initial = staticClosure(entry);
  const files = measureFiles(initial);
  const lazy = measureFiles(lazyClosure(initial));
  // The CSS share: how much smaller the entry's gzip gets with its css`` templates (they hold var(--lzm…)) emptied.
  const code = readFileSync(entry, 'utf8');
  const cssGz = gz(Buffer.from(code)) - gz(Buffer.from(code.replace(/`[^`]*var\(--lzm[^`]*`/g, '``')));
  return { name: name.replace(/\.js$/, ''), file: `cdn/${name}`, files, lazy, raw: sum(files, 'raw'), gz: sum(files, 'gz'), cssGz };
});
const runtimeFile = join(root, 'dist/runtime/lzm-kit.js');
const runtime = existsSync(runtimeFile) ? measureFiles([runtimeFile])[0] : null;

/* The same dial with the peer libraries: bench/peers/*.js bundled and minified by esbuild. */
const peerDir = join(root, 'bench/peers');
const peers = [];
for (const name of readdirSync(peerDir).filter((n) => n.endsWith('.js')).sort()) {
  const outfile = join(work, 'peers', name);
  await bundlePeer(join(peerDir, name), outfile);
  const [row] = measureFiles([outfile]);
  peers.push({ name: name.replace(/\.js$/, ''), ...row });
}
// Peer libraries are devDependencies for this bench only: the package must never import them.
const leaks = [];
const scan = (dir) => {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) scan(path);
    else if (/\.(m?[jt]s)$/.test(entry.name) && /\bfrom\s*['"](chart\.js|echarts)(\/|['"])|import\(\s*['"](chart\.js|echarts)/.test(readFileSync(path, 'utf8'))) leaks.push(relative(root, path));
  }
};
['components', 'generator', 'bin'].forEach((dir) => scan(join(root, dir)));
if (leaks.length) throw new Error(`peer libraries imported by the package: ${leaks.join(', ')}`);

const litFile = join(work, 'lit-baseline.js');
await esbuild({ entryPoints: [join(root, 'bench/lit-baseline.js')], bundle: true, minify: true, format: 'esm', target: 'es2022', outfile: litFile, legalComments: 'none', logLevel: 'error' });
const [lit] = measureFiles([litFile]);
const forestPeer = await buildForestPeer(root, work);
const plotEntry = sizes.find((s) => s.name === 'effect-plot');
const forestSize = plotEntry && { gz: plotEntry.gz, raw: plotEntry.raw, cssGz: plotEntry.cssGz, lit: lit.gz, files: plotEntry.files.map((f) => `\`${f.file}\` ${kb(f.gz)}`) };
const onlyForest = process.env.BENCH_ONLY === 'effect-plot';
const forestD3 = plotEntry ? await d3ArrayCost(root, work, (entry) => sum(measureFiles(staticClosure(entry)), 'gz')) : null;
if (forestSize && forestD3) forestSize.d3 = forestD3.cost;
const PEER_TITLE = { chartjs: `Chart.js ${machine.versions['chart.js']}`, echarts: `ECharts ${machine.versions.echarts}` };

const targets = [];
const sizeTarget = (id, bytes, file) => {
  const t = target(id, bytes, { kind: 'size', file });
  return verdict(t.ok, t.gap);
};

/**
 * The npm measure: an app importing `lzm-kit/<entry>` loads dist/<entry>.js, its chunks and Lit
 * (bare imports, resolved as a bundler would, production build): every file of that static
 * closure minified by esbuild and gzipped on its own, as an unbundled server would send them.
 */
async function npmMeasure(entry) {
  const result = await esbuild({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: join(work, 'npm-measure'),
    logLevel: 'error',
    // Only static imports count: what `import()` reaches loads on demand.
    plugins: [{ name: 'lazy', setup: (b) => b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
  });
  const files = [];
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(root, input);
    const { code } = await esbuildTransform(readFileSync(path, 'utf8'), { minify: true, format: 'esm', target: 'es2022', legalComments: 'none', loader: 'js' });
    files.push({ file: relative(root, path), raw: Buffer.byteLength(code), gz: gz(Buffer.from(code)) });
  }
  return { entry, files, raw: sum(files, 'raw'), gz: sum(files, 'gz') };
}
const npm = { barometer: await npmMeasure('dist/barometer.js'), all: await npmMeasure('dist/index.js') };

log('\nSizes (minified, gzip level 9, kB = 1000 bytes)');
for (const s of sizes) {
  let mark = '';
  if (s.name === 'barometer') mark = sizeTarget('size-barometer-cdn', s.gz, s.file);
  if (s.name === 'lzm-kit') mark = sizeTarget('size-all-cdn', s.gz, s.file);
  log(`  ${s.file.padEnd(22)} ${kb(s.gz).padStart(9)} gz  (${s.files.length} file${s.files.length > 1 ? 's' : ''}, ${kb(s.raw)} min)  ${mark}`);
  for (const f of s.files) log(`      ${f.file.padEnd(44)} ${kb(f.gz).padStart(9)}`);
  for (const f of s.lazy) log(`      ${f.file.padEnd(44)} ${kb(f.gz).padStart(9)}  lazy: on demand (src/.data, or an option that needs it)`);
}
for (const [id, m] of [['size-barometer-npm', npm.barometer], ['size-all-npm', npm.all]]) {
  log(`  npm ${m.entry.padEnd(18)} ${kb(m.gz).padStart(9)} gz  (${m.files.length} files, esbuild-minified one by one, ${kb(m.raw)} min)  ${sizeTarget(id, m.gz, m.entry)}`);
}
log(`  ${'Lit share'.padEnd(22)} ${kb(lit.gz).padStart(9)} gz  (bench/lit-baseline.js: the same Lit imports, no lzm-kit code)`);
if (runtime) log(`  ${runtime.file.padEnd(22)} ${kb(runtime.gz).padStart(9)} gz  (one file, papaparse inlined: what the generator embeds)`);
for (const p of peers) log(`  ${(PEER_TITLE[p.name] ?? p.name).padEnd(22)} ${kb(p.gz).padStart(9)} gz  (same dial, ${kb(p.raw)} min)`);

/* ------------------------------------------------------------------- render */

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 11);
const LIBS = [
  { name: 'lzm-kit', title: 'lzm-kit (cdn/barometer.js)', adapter: '/bench/adapters/lzm.js' },
  { name: 'lzm-kit-compact', title: 'lzm-kit compact (info)', adapter: '/bench/adapters/lzm-compact.js', info: true },
  ...peers.map((p) => ({ name: p.name, title: PEER_TITLE[p.name] ?? p.name, adapter: `/.bench/peers/${p.name}.js` })),
];
const render = { runs: RUNS, results: {}, skipped: onlyForest ? 'BENCH_ONLY=effect-plot' : null };
const FOREST_LIBS = forestLibraries(machine.versions.plot);
const FOREST_RUNS = Math.max(5, Number(process.env.BENCH_FOREST_RUNS) || 11);
let forest = null;

/** A static file server for the worktree on 127.0.0.1, bounded to the worktree, closed at the end. */
function serve() {
  const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = resolve(root, '.' + decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if ((path !== root && !path.startsWith(root + sep)) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(path));
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/* The four elements side by side: N instances of each with realistic data (bench/data.mjs, the test
   fixtures' shapes) in 320 px cells, the same harness; the barometer again for comparison. */
const ELEMENT_COUNT = Math.max(1, Number(process.env.BENCH_ELEMENTS) || 50);
const ELEMENT_RUNS = Math.max(3, Number(process.env.BENCH_ELEMENT_RUNS) || 9);
const ELEMENTS = [
  { name: 'landscape', tag: 'lzm-landscape', adapter: '/bench/adapters/landscape.js', input: '`.data`: 3 islands, 4 polders, 6 bridges (one at 1, drawn as missing) on 1..5, with `compare`; `label`' },
  { name: 'senge-wheel', tag: 'lzm-senge-wheel', adapter: '/bench/adapters/senge-wheel.js', input: '`.data`: 5 disciplines with score, n and sd (whiskers); `label`' },
  { name: 'feedback-legend', tag: 'lzm-feedback-legend', adapter: '/bench/adapters/feedback-legend.js', input: '`.data`: the 6 default dots with counts (bars); `heading`' },
  { name: 'barometer', tag: 'lzm-barometer', adapter: '/bench/adapters/lzm.js', attributesOnly: true, input: '`value` and `label` attributes (no data chunk)' },
];
const elements = { count: ELEMENT_COUNT, runs: ELEMENT_RUNS, results: {}, skipped: null };

/** gzip of the chunks an element loads on demand for `.data`: its `<name>.data` chunk and what that imports, minus the initial load. */
function dataChunkGz(name) {
  const entry = sizes.find((s) => s.name === name);
  const reader = entry?.lazy.find((f) => f.file.includes(`/chunks/${name}.data-`));
  if (!reader) return null;
  const initial = new Set(entry.files.map((f) => f.file));
  const files = [...staticClosure(join(root, reader.file))].map((f) => relative(root, f)).filter((f) => !initial.has(f));
  return { files, gz: sum(measureFiles(files.map((f) => join(root, f))), 'gz') };
}

if (process.env.BENCH_SKIP_RENDER) {
  render.skipped = 'BENCH_SKIP_RENDER set';
  elements.skipped = 'BENCH_SKIP_RENDER set';
} else {
  // `preload`: modules imported before the harness starts (so before *script ready*), e.g. an element's data chunks.
  const page = (name, adapter, data, gridClass = '', preload = []) =>
    writeFileSync(
      join(work, 'pages', `${name}.html`),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench ${name}</title>` +
        `<link rel="stylesheet" href="/bench/page.css"></head><body><div id="grid"${gridClass ? ` class="${gridClass}"` : ''}></div>` +
        `<script>window.__BENCH = ${JSON.stringify(data).replace(/</g, '\\u003c')};</script>` +
        `<script type="module">import * as dial from '${adapter}'; import { run } from '/bench/harness.js'; ` +
        (preload.length ? `await Promise.all(${JSON.stringify(preload)}.map((file) => import(file))); ` : '') +
        `run(dial);</script>` +
        `</body></html>`,
    );
  const data = influenceList(320);
  for (const lib of LIBS) page(lib.name, lib.adapter, data);
  const elementInputs = elementData(ELEMENT_COUNT);
  for (const el of ELEMENTS) page(`element-${el.name}`, el.adapter, elementInputs[el.name], 'wide', el.attributesOnly ? [] : (dataChunkGz(el.name)?.files ?? []).map((f) => `/${f}`));
  writeForestPages(work, FOREST_LIBS);

  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  render.browser = browser.version();
  /** One run: a fresh context and page, the harness's result once all `expected` are drawn. */
  const runOnce = async (pageName, expected) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(`${base}/.bench/pages/${pageName}.html`);
      await page.waitForFunction(() => window.__RESULT, null, { timeout: 60_000 });
      const result = await page.evaluate(() => window.__RESULT);
      if (result.error || errors.length) throw new Error(`${pageName}: ${result.error ?? errors[0]}`);
      if (result.drawn !== expected) throw new Error(`${pageName}: only ${result.drawn} of ${expected} drawn`);
      return result;
    } finally {
      await context.close();
    }
  };
  /** Medians of the harness's numbers over runs, with the min–max of `render`. */
  const summarize = (runs) => {
    const pick = (key) => median(runs.map((r) => r[key]));
    return {
      scriptReady: pick('scriptReady'),
      loadAndRender: pick('loadAndRender'),
      render: pick('render'),
      renderScript: pick('renderScript'),
      update: pick('update'),
      updateScript: pick('updateScript'),
      height: pick('height'),
      nodes: pick('nodes'),
      spread: [Math.min(...runs.map((r) => r.loadAndRender)), Math.max(...runs.map((r) => r.loadAndRender))],
      renderSpread: [Math.min(...runs.map((r) => r.render)), Math.max(...runs.map((r) => r.render))],
    };
  };
  try {
    log(`\nRender: one forest plot of 320 rows in headless ${render.browser}, median of ${FOREST_RUNS} runs (+1 warm-up), interleaved`);
    forest = await runForest(FOREST_LIBS, runOnce, summarize, FOREST_RUNS);
    for (const r of Object.values(forest.results)) log(`  ${r.title.padEnd(44).slice(0, 44)} load+render ${ms(r.loadAndRender).padStart(8)}  render ${ms(r.render).padStart(7)} (JS ${ms(r.renderScript)})  update ${ms(r.update).padStart(7)}  ${r.nodes} el.`);
    log(`  ratio above an empty page <lzm-effect-plot> / Plot: ${forest.ratios.aboveEmpty.toFixed(2)}× (target ≤ 0.5×; render ${forest.ratios.render.toFixed(2)}×, update ${forest.ratios.update.toFixed(2)}×)`);
    if (!onlyForest) {
      log(`\nRender: 320 dials in headless ${render.browser}, median of ${RUNS} runs (+1 warm-up), libraries interleaved`);
      for (const lib of LIBS) await runOnce(lib.name, 320); // warm-up: disk cache of the OS, V8 code cache
      const all = Object.fromEntries(LIBS.map((lib) => [lib.name, []]));
      for (let run = 0; run < RUNS; run++) for (const lib of LIBS) all[lib.name].push(await runOnce(lib.name, 320));
      for (const lib of LIBS) render.results[lib.name] = { title: lib.title, ...summarize(all[lib.name]) };

      if (process.env.BENCH_SKIP_ELEMENTS) elements.skipped = 'BENCH_SKIP_ELEMENTS set';
      else {
        for (const el of ELEMENTS) await runOnce(`element-${el.name}`, ELEMENT_COUNT); // warm-up
        const runs = Object.fromEntries(ELEMENTS.map((el) => [el.name, []]));
        for (let run = 0; run < ELEMENT_RUNS; run++) for (const el of ELEMENTS) runs[el.name].push(await runOnce(`element-${el.name}`, ELEMENT_COUNT));
        for (const el of ELEMENTS) {
          const entry = sizes.find((s) => s.name === el.name);
          elements.results[el.name] = { ...el, ...summarize(runs[el.name]), gz: entry?.gz ?? null, dataGz: el.attributesOnly ? null : dataChunkGz(el.name) };
        }
      }
    }
    // Where the time goes: one traced run and one CPU-profiled run per library (bench/trace.mjs).
    if (!process.env.BENCH_SKIP_TRACE && !onlyForest) {
      const { traceRun, profileRun } = await import('../bench/trace.mjs');
      const newPage = async () => (await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' })).newPage();
      render.trace = {};
      for (const lib of ['lzm-kit', 'chartjs']) {
        render.trace[lib] = {
          phases: await traceRun(browser, await newPage(), `${base}/.bench/pages/${lib}.html`),
          functions: await profileRun(await newPage(), `${base}/.bench/pages/${lib}.html`),
        };
      }
    }
  } finally {
    await browser.close();
    server.closeAllConnections?.();
    await new Promise((done) => server.close(done));
  }
  if (onlyForest) {
    const section = forestSection({ forest, size: forestSize, peer: forestPeer, plotVersion: machine.versions.plot, d3: forestD3 });
    section.push(`Measured with \`BENCH_ONLY=effect-plot npm run bench\` on ${machine.date}, load average ${machine.loadStart} at start, ${load()} at the end (${machine.nproc} cores).`, '');
    spliceSection(join(root, 'BENCHMARKS.md'), section);
    for (const t of forestTargets(forest, forestSize)) log(`  ${t.ok ? 'PASS' : 'MISS'}  ${t.what}: ${t.value} (target ${t.limit})`);
    log('wrote the forest-plot section of BENCHMARKS.md');
    process.exit(0);
  }
  const lzm = render.results['lzm-kit'];
  for (const lib of LIBS) {
    const r = render.results[lib.name];
    log(`  ${lib.title.padEnd(28)} load+render ${ms(r.loadAndRender).padStart(8)}  (script ready ${ms(r.scriptReady)}, render ${ms(r.render)} of which JS ${ms(r.renderScript)})  update ${ms(r.update).padStart(8)} (JS ${ms(r.updateScript)})`);
  }
  // The targets compare with Chart.js (the issue's peer); load + render and ECharts are for information.
  const chart = render.results.chartjs;
  render.ratios = [];
  for (const [key, what, id] of [['render', 'first dial created → 320 drawn', 'draw'], ['update', 'update all 320 values', 'update'], ['loadAndRender', 'navigation start → 320 drawn (info)']]) {
    const ratio = lzm[key] / chart[key];
    const echarts = render.results.echarts ? lzm[key] / render.results.echarts[key] : null;
    const row = id ? target(id, ratio, { kind: key, ms: lzm[key], peerMs: chart[key] }) : null;
    render.ratios.push({ key, what, ratio, echarts, limit: row?.limit ?? '–', ok: row?.ok });
    log(`  ratio ${what.padEnd(40)} lzm-kit / ${chart.title}: ${ratio.toFixed(2)}×${echarts ? ` (/ ECharts ${echarts.toFixed(2)}×)` : ''}  ${row ? `${row.ok ? 'PASS' : 'MISS'} (target ${row.limit}; ${row.ok ? 'margin' : 'over by'} ${row.gap})` : 'information'}`);
  }
  if (!elements.skipped) {
    log(`\nRender: the four elements, ${ELEMENT_COUNT} of each in 320 px cells, median of ${ELEMENT_RUNS} runs (+1 warm-up), elements interleaved`);
    for (const r of Object.values(elements.results)) {
      log(
        `  <${r.tag}>`.padEnd(24) +
          ` render ${ms(r.render).padStart(7)} (until updateComplete ${ms(r.renderScript)}, min–max ${ms(r.renderSpread[0])}–${ms(r.renderSpread[1])})  update ${ms(r.update).padStart(7)} (${ms(r.updateScript)})` +
          `  load+render ${ms(r.loadAndRender)}  one: 320 × ${r.height.toFixed(0)} px, ${r.nodes} el.  gz ${r.gz == null ? '–' : kb(r.gz)}${r.dataGz ? ` + ${kb(r.dataGz.gz)} for .data` : ''}`,
      );
    }
  }
}

/* ---------------------------------------------------------------- generator */

const cli = join(root, 'bin/lzm-dashboard.js');
const generator = { built: existsSync(cli), sets: [], skipped: null };
const rssHook = pathToFileURL(join(root, 'bench/maxrss.mjs')).href;

/** Runs node with the max-RSS hook; returns wall time (ms), peak RSS (MiB), status and output. */
function timedNode(args, timeoutMs) {
  const rssFile = join(work, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', rssHook, ...args], {
    cwd: root,
    env: { ...process.env, LZM_BENCH_RSS: rssFile },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 16 * 2 ** 20,
  });
  const wall = performance.now() - t0;
  const [maxRss, cpuMicros] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').split(' ').map(Number) : [];
  const rss = maxRss === undefined ? null : maxRss / 1024;
  const cpu = cpuMicros === undefined ? null : cpuMicros / 1000;
  rmSync(rssFile, { force: true });
  return { wall, rss, cpu, status: child.status, signal: child.signal, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
}

targets.push(...forestTargets(forest, forestSize));

if (process.env.BENCH_SKIP_GENERATOR) {
  generator.skipped = 'BENCH_SKIP_GENERATOR set';
} else {
  log('\nGenerator: pupil rows (leerling;groep;vak;voormeting;nameting, `;`, decimal commas, CRLF)');
  if (!generator.built) log('  generator: not built (skipped) — bin/lzm-dashboard.js does not exist; papaparse baseline only');
  // Runs are interleaved (papaparse, streamed papaparse, generator, again) so load from other work
  // on the machine hits all three alike. 1M rows: fewer runs when one generator run is slow.
  // The third set is a school board's export: 5,000 groups × 5 subjects (25,000 cells), Windows-1252.
  const sets = [
    { rows: 100_000, runs: 5, name: 'pupils-100000.csv', write: (file) => writePupilRows(file, 100_000), what: '' },
    { rows: 1_000_000, runs: 3, name: 'pupils-1000000.csv', write: (file) => writePupilRows(file, 1_000_000), what: '' },
    { rows: 1_000_000, runs: 3, name: 'pupils-1000000-5000-groups-cp1252.csv', write: (file) => writeManyGroupRows(file, 1_000_000, 5000), what: ', 5,000 groups, Windows-1252' },
    // A pupil-tracking system's export (issue 14): one row per sitting, paired at the end, so the
    // target is 2× papaparse and memory is bounded by pupils × subjects (1,000,000 pairs here), not
    // by the file.
    {
      rows: 2_000_000, runs: 3, name: 'sittings-2000000.csv', write: (file) => writeSittingRows(file, 2_000_000), what: ' (sittings, long format: 1,000,000 pupil × subject pairs)',
      ratioLimit: 2, memoryLimit: 400,
    },
  ];
  for (const { rows, runs, name, write, what, ratioLimit = 1.5, memoryLimit = 300 } of sets) {
    const file = join(work, name);
    if (!existsSync(file)) await write(file); // deterministic: same content every time
    const set = { rows, what, runs: 0, file: relative(root, file), bytes: statSync(file).size, ratioLimit, memoryLimit };
    const out = join(work, 'out.html');
    const papa = [];
    const stream = [];
    const gen = [];
    const parsed = (r, what) => {
      if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr || r.signal}`);
      const result = JSON.parse(r.stdout.trim().split('\n').pop());
      if (result.rows !== rows) throw new Error(`${what} read ${result.rows} rows, expected ${rows}`);
      return { ...r, ...result };
    };
    for (let i = 0; i < runs; i++) {
      papa.push(parsed(timedNode([join(root, 'bench/papaparse-parse.mjs'), file], 120_000), 'papaparse baseline'));
      stream.push(parsed(timedNode([join(root, 'bench/papaparse-parse.mjs'), file, '--stream'], 120_000), 'papaparse stream baseline'));
      set.runs++;
      if (!generator.built) continue;
      rmSync(out, { force: true });
      const r = timedNode([cli, file, '--out', out], 180_000);
      gen.push(r);
      if (r.status !== 0 || r.wall > 20_000) break;
    }
    set.papa = { wall: median(papa.map((r) => r.wall)), cpu: median(papa.map((r) => r.cpu)), parseMs: median(papa.map((r) => r.parseMs)), rss: Math.max(...papa.map((r) => r.rss)) };
    set.stream = { wall: median(stream.map((r) => r.wall)), rss: Math.max(...stream.map((r) => r.rss)) };
    if (generator.built) {
      const failed = gen.find((r) => r.status !== 0);
      if (failed) {
        set.gen = { failed: (failed.signal ? `killed (${failed.signal}, timeout 180 s)` : `exit ${failed.status}: `) + (failed.stderr.trim().split('\n')[0] ?? '') };
      } else {
        set.gen = { wall: median(gen.map((r) => r.wall)), cpu: median(gen.map((r) => r.cpu)), rss: Math.max(...gen.map((r) => r.rss ?? 0)), outBytes: existsSync(out) ? statSync(out).size : null };
        set.ratio = set.gen.wall / set.papa.wall;
        set.cpuRatio = set.gen.cpu / set.papa.cpu;
        set.parseRatio = set.gen.wall / set.papa.parseMs;
        if (rows === 1_000_000 && !what) {
          target('gen-parse-1m', set.parseRatio, { kind: 'gen-time', rows, set: name });
          target('gen-process-1m', set.ratio, { kind: 'gen-time', rows, set: name });
        }
        if (/groups/.test(what)) target('board-memory', set.gen.rss, { kind: 'gen-memory', rows });
        if (rows === 2_000_000 && /sittings/.test(what)) {
          target('gen-sittings-2m', set.parseRatio, { kind: 'gen-time', rows, set: name });
          target('gen-sittings-memory', set.gen.rss, { kind: 'gen-memory', rows });
        }
      }
    }
    generator.sets.push(set);
    const g = set.gen;
    log(
      `  ${rows.toLocaleString('en').padStart(9)} rows${what} (${(set.bytes / 2 ** 20).toFixed(1)} MiB): papaparse ${ms(set.papa.wall)} (parse ${ms(set.papa.parseMs)}, ${set.papa.rss.toFixed(0)} MiB; streamed ${ms(set.stream.wall)}, ${set.stream.rss.toFixed(0)} MiB)  ` +
        (!generator.built ? 'generator: not built (skipped)' : g.failed ? `generator FAILED: ${g.failed}` : `generator ${ms(g.wall)} (CPU ${ms(g.cpu)} against papaparse's ${ms(set.papa.cpu)}: ${set.cpuRatio.toFixed(2)}×), ${g.rss.toFixed(0)} MiB → ${set.ratio.toFixed(2)}× papaparse's process, ${set.parseRatio.toFixed(2)}× its parse time`),
    );
  }
}

/* ------------------------------------------------------------ BENCHMARKS.md */

const elapsed = (performance.now() - started) / 1000;
machine.loadEnd = load();
const busy = Math.max(...os.loadavg()) > machine.nproc;
if (busy) log(`note: load average ${machine.loadEnd} on ${machine.nproc} cores: other work was running; times are noisy`);
// Every target in the table order; one a section did not measure in this run says so.
const unmeasured = TARGETS.filter((row) => !targets.some((t) => t.id === row.id));
targets.sort((a, b) => TARGETS.findIndex((row) => row.id === a.id) - TARGETS.findIndex((row) => row.id === b.id));
log(`\nTargets: ${targets.filter((t) => t.ok).length} PASS, ${targets.filter((t) => !t.ok).length} MISS, ${unmeasured.length} not measured · bench took ${elapsed.toFixed(0)} s`);
for (const t of targets) log(`  ${t.ok ? 'PASS' : 'MISS'}  ${t.what}: ${t.value} (target ${t.limit}; ${t.ok ? 'margin' : 'over by'} ${t.gap})`);
for (const t of unmeasured) log(`  ----  ${t.what}: not measured in this run (a BENCH_SKIP_* variable)`);

const { remedy } = await import('../bench/remedies.mjs');
const context = { sizes, lit, npm, render, generator };
/**
 * Markdown lines written as an indented block in a template literal: its first and last line
 * breaks and the block's indentation are not part of the text; a blank line is an empty line.
 */
function lines(block) {
  const rows = block.split('\n').slice(1, -1);
  const indent = Math.min(...rows.filter((row) => row.trim()).map((row) => row.match(/^ */)[0].length));
  return rows.map((row) => row.slice(indent));
}

const md = [];
md.push(...lines(`
  # Benchmarks

  Written by \`npm run bench\` (build, then \`scripts/bench.mjs\`); do not edit by hand. Absolute times depend on the
  machine; compare the ratios, which are measured side by side in the same run. Rerun with:

  \`\`\`sh
  npm ci
  npm run bench            # 2–4 minutes on 2 cores; CHROME_PATH=/path/to/chromium to override
  \`\`\`

  \`npm run bench\` is not part of \`npm test\`. Chart.js and ECharts are devDependencies used only by \`bench/peers/\`; the
  bench fails if any file in \`components/\`, \`generator/\` or \`bin/\` imports them. Generated inputs and pages go to
  \`.bench/\` (gitignored).

  ## Machine

`));
md.push(`- date: ${machine.date}; bench took ${elapsed.toFixed(0)} s; load average (1, 5, 15 min) ${machine.loadStart} at start, ${machine.loadEnd} at the end${busy ? ' — **the machine was busy with other work, so absolute times are noisy; the interleaved runs keep the ratios comparable**' : ''}`);
md.push(`- CPU: ${machine.cpu}, nproc ${machine.nproc}; memory ${machine.memory}; ${machine.os}`);
md.push(`- Node ${machine.node}; ${machine.chromium} (driven by Playwright ${machine.versions.playwright}, reported as ${render.browser ?? '–'})`);
md.push(`- Lit ${machine.versions.lit}, Vite ${machine.versions.vite}, esbuild ${machine.versions.esbuild}, Chart.js ${machine.versions['chart.js']}, ECharts ${machine.versions.echarts}, papaparse ${machine.versions.papaparse}`, '');

md.push('## Targets', '');
md.push('| target | measured | limit | result |', '|---|---|---|---|');
for (const t of targets) md.push(`| ${t.what} | ${t.value} | ${t.limit} | ${t.ok ? 'PASS' : `**MISS** by ${t.gap}`} |`);
for (const t of unmeasured) md.push(`| ${t.what} | not measured in this run | ${t.strict ? '<' : '≤'} ${formatTarget(t.unit, t.limit)} | – |`);
if (!generator.built && !generator.skipped) md.push('| generator time and memory | generator: not built (skipped) | ≤ 1.5× papaparse, < 300 MiB | not measured |');
md.push('');
const kit = sizes.find((s) => s.name === 'lzm-kit');
if (kit && elementsInKit.length < 4) {
  md.push(`\`cdn/lzm-kit.js\` holds ${elementsInKit.length} of the four elements (${elementsInKit.join(', ')}); the element(s) still to come`);
  md.push(`have ${kb(Math.max(0, 25 * KB - kit.gz))} of the 25 kB budget left between them (Lit and the shared chunks are already counted).`, '');
}
const misses = targets.filter((t) => !t.ok);
if (misses.length) {
  md.push('### Missed targets: by how much, and what would close the gap', '');
  for (const t of misses) md.push(`- **${t.what}**: ${t.value} against ${t.limit} (over by ${t.gap}). ${t.remedy ?? remedy(t, context)}`);
  md.push('');
}

md.push(...lines(`
  ## Sizes

  Minified build output compressed with zlib at level 9 (what \`gzip -9\` gives, minus its header), each file
  compressed on its own as a server would send it; kB = 1000 bytes. An entry's *initial load* is the file plus
  every chunk it imports statically (followed recursively through \`import … from "./chunks/…"\`): what a page
  with \`<script type="module" src="cdn/<entry>.js">\` downloads before the element can render. Chunks reached only
  through \`import()\` are listed apart (↳ lazy): they load only on demand: the data layer and papaparse when \`src\` or
  \`.data\` is used, other chunks when an option needs them (the legend's theory panel, the wheel's explanations).
  Entries are the files found in
  \`cdn/\`, so new elements appear here without changing the bench. The peer dials are \`bench/peers/*.js\` (the same
  half dial: four zones, needle, value, label) bundled with esbuild (\`--bundle --minify\`, ES2022, production).

  | file | initial load, gzip | minified | files |
  |---|---:|---:|---|
`));
for (const s of sizes) {
  md.push(`| \`${s.file}\`${s.name === 'lzm-kit' ? ` (all-in-one; contains: ${elementsInKit.join(', ')})` : ''} | **${kb(s.gz)}** | ${kb(s.raw)} | ${s.files.map((f) => `\`${f.file}\` ${kb(f.gz)}`).join(', ')} |`);
  for (const f of s.lazy) md.push(`| ↳ lazy \`${f.file}\` | ${kb(f.gz)} | ${kb(f.raw)} | |`);
}
md.push(`| Lit share: \`bench/lit-baseline.js\`, a trivial element with the same Lit imports, no lzm-kit code | ${kb(lit.gz)} | ${kb(lit.raw)} | |`);
if (runtime) md.push(`| \`${runtime.file}\` (one file, papaparse inlined; what the generator embeds) | ${kb(runtime.gz)} | ${kb(runtime.raw)} | |`);
for (const p of peers) md.push(`| same dial with ${PEER_TITLE[p.name] ?? p.name} (\`bench/peers/${p.name}.js\`) | **${kb(p.gz)}** | ${kb(p.raw)} | |`);
md.push('');

md.push('## Render time', '');
if (render.skipped) md.push(`Not measured in this run (${render.skipped}).`, '');
else {
  md.push(`320 dials with the values of a full influence list (320 effect sizes drawn deterministically in −0,3…1,5, mean`);
  md.push(`≈ 0,40, with the sources' 0,18 / 0,75 / 1,13 / 1,44 among them; \`bench/data.mjs\`), in headless Chromium launched by`);
  md.push('Playwright with `--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update');
  md.push('--disable-sync --no-first-run`, viewport 1280×800 at device scale 1, reduced motion emulated. Every library gets the same page (`bench/page.css`,');
  md.push('a grid of 200 px cells; `bench/harness.js`) served from a local static server on 127.0.0.1, a fresh browser context');
  md.push(`per run, ${render.runs} runs per library after one warm-up, libraries interleaved, **median** reported.`);
  md.push(...lines(`

    - *load + render*: from navigation start (\`performance.now()\` is relative to it) until all 320 dials are drawn:
      fetching and evaluating the library is included.
    - *render*: from creating the first dial until all 320 are drawn. lzm-kit: 320 \`<lzm-barometer value label>\` elements
      (the dial with ticks, value, zone name, meter semantics and table toggle; legend, detail line and table render on demand),
      then \`Promise.all(updateComplete)\`; Chart.js (canvas) and
      ECharts (SVG renderer): 320 chart instances, which draw synchronously. For all three the clock then waits for one
      more frame: it stops in a task posted from the next \`requestAnimationFrame\` callback, so after that frame's style,
      layout and paint on the main thread (a rAF callback alone runs *before* them; until 2026-11-25 the bench stopped
      there and left the frame's layout and paint out, for every library; rasterisation, off the main thread, is not counted).
    - *update*: every one of the 320 values set to a new value (Lit property; Chart.js \`update("none")\`; ECharts
      \`setOption\`), then the same wait. No animations anywhere: the peers are configured with \`animation: false\`, and
      every context emulates \`prefers-reduced-motion: reduce\`, which turns off lzm-kit's needle sweep (it never animates
      the first render).
    - \`<lzm-barometer>\` draws more than the peers: dial with ticks, value, label, zone name and the data-table toggle, and
      a meter with the whole reading for screen readers (see the *one dial* column: box height at 200 px wide, and elements in its shadow root or cell). The
      \`compact\` row (small dial and one line of text) is for information; the targets use the full element.
    - A run counts only if all 320 dials were drawn (an SVG path in each shadow root / each chart has its arcs).
    - *JS* columns: the part before the final frame (script work until the library says it is done); the rest of
      *render*/*update* is Chromium's style, layout and paint of that frame.

    | library | load + render | script ready | render | of which JS | update | of which JS | load + render, min–max | one dial |
    |---|---:|---:|---:|---:|---:|---:|---:|---:|
  `));
  for (const r of Object.values(render.results)) md.push(`| ${r.title} | ${ms(r.loadAndRender)} | ${ms(r.scriptReady)} | ${ms(r.render)} | ${ms(r.renderScript)} | ${ms(r.update)} | ${ms(r.updateScript)} | ${ms(r.spread[0])} – ${ms(r.spread[1])} | 200 × ${r.height.toFixed(0)} px, ${r.nodes} element${r.nodes === 1 ? '' : 's'} |`);
  md.push('');
  md.push('| ratio | lzm-kit / Chart.js | lzm-kit / ECharts (info) | target | result |', '|---|---:|---:|---:|---|');
  for (const r of render.ratios) md.push(`| ${r.what} | ${r.ratio.toFixed(2)}× | ${r.echarts == null ? '–' : `${r.echarts.toFixed(2)}×`} | ${r.limit} | ${r.ok === undefined ? 'information' : r.ok ? 'PASS' : 'MISS'} |`);
  md.push('');
  if (render.trace) {
    md.push(...lines(`
      ### Where the time goes (Chromium trace)

      One more run of each page with a Chromium trace (\`browser.startTracing\`, devtools.timeline and blink categories) and one
      with the CPU profiler (CDP \`Profiler\`, 100 µs samples), \`bench/trace.mjs\`. Main thread, whole run (load, draw, update);
      *busy* is the time in top-level trace events, *script* what of it is not style, layout, paint or GC:

      | library | render / update (this run) | busy | script | style | layout | paint | GC | top self time (profile) |
      |---|---:|---:|---:|---:|---:|---:|---:|---|
    `));
    for (const [lib, t] of Object.entries(render.trace)) {
      const p = t.phases;
      md.push(`| ${render.results[lib]?.title ?? lib} | ${ms(p.result.render)} / ${ms(p.result.update)} | ${ms(p.busy)} | ${ms(p.script)} | ${ms(p.style)} | ${ms(p.layout)} | ${ms(p.paint)} | ${ms(p.gc)} | ${t.functions.slice(0, 5).map((f) => `${f.name} ${ms(f.ms)}`).join(', ')} |`);
    }
    md.push('');
    md.push(...TRACE_FINDINGS, '');
  }
}

md.push('## Render time: the four elements', '');
if (elements.skipped) md.push(`Not measured in this run (${elements.skipped}).`, '');
else {
  md.push(`${elements.count} instances of each element on one page, each with its own realistic data (\`elementData\` in \`bench/data.mjs\`,`);
  md.push('deterministic, in the shapes of the test fixtures), in the same browser, page setup and harness as the dials above');
  md.push('(`bench/harness.js`, `bench/page.css`, a fresh context per run, viewport 1280×800, reduced motion) but in 320 px wide');
  md.push('cells (`#grid.wide`: the width the elements are designed down to; three per row, so most instances are below the');
  md.push(`fold). ${elements.runs} runs per element after one warm-up, elements interleaved, **median** reported. Each element loads its own`);
  md.push('`cdn/<element>.js` (Lit inside). Adapters: `bench/adapters/landscape.js`, `senge-wheel.js`, `feedback-legend.js`, and');
  md.push('`lzm.js` for the barometer.');
  md.push('');
  md.push(`- *render*: from creating the first element until all ${elements.count} have completed their last update (\`updateComplete\`)`);
  md.push(...lines(`
      **and** are drawn with their data, plus one frame (as above: the task after the next \`requestAnimationFrame\`).
      The three elements given \`.data\` import their data reader chunk on first use; the page imports those chunks
      before the harness starts (they count in *script ready* and *load + render*, not in *render*), as a page can with
      \`<link rel="modulepreload">\`, so *render* is the rendering and not a local request's latency. Without that the first \`updateComplete\` resolves while an element
      still shows "loading"; the wait (\`bench/adapters/settle.js\`) therefore repeats until every instance has finished
      its last update and shows its data. A run counts only if all instances are drawn: the landscape with its bridge
      arrowheads, the wheel with its spread whiskers, the legend with a count bar on every dot; none in the error state.
    - *until updateComplete*: the part of *render* before the final frame (script work, and any style work a component
      forces, e.g. the legend reads its card's computed background after rendering); the rest is
      Chromium's style, layout and paint of that frame (a frame that falls inside the wait counts in the first part).
  `));
  md.push(`- *update*: all ${elements.count} given their next data at once (a new \`.data\` object: the next measurement, new scores,`);
  md.push(...lines(`
      new counts; the barometer a new \`value\`), then the same wait and frame.
    - *load + render*: from navigation start, so fetching and evaluating the element's script and data chunks is included
      (a fresh browser context per run: nothing cached).
    - The barometer has \`content-visibility: auto\` (it skips layout and paint of dials below the fold); the other three
      lay out and paint every instance. The *one element* column is the first instance's box and the elements in its
      shadow root.
    - *gzip*: the initial load of \`cdn/<element>.js\` from the size table, plus the chunks \`.data\` loads on demand (the
      data reader and what it imports that is not already loaded; papaparse is not among them: it loads only for CSV).

  `));
  md.push(`| element (${elements.count} instances) | data | gzip: initial + \`.data\` chunks | render | of which until updateComplete | render, min–max | update all | of which until updateComplete | load + render | one element |`);
  md.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of Object.values(elements.results)) {
    const gzCell = r.gz == null ? '–' : `${kb(r.gz)}${r.dataGz ? ` + ${kb(r.dataGz.gz)}` : ''}`;
    md.push(`| \`<${r.tag}>\` | ${r.input} | ${gzCell} | **${ms(r.render)}** | ${ms(r.renderScript)} | ${ms(r.renderSpread[0])} – ${ms(r.renderSpread[1])} | **${ms(r.update)}** | ${ms(r.updateScript)} | ${ms(r.loadAndRender)} | 320 × ${r.height.toFixed(0)} px, ${r.nodes} elements |`);
  }
  md.push('');
  const perInstance = Object.values(elements.results).map((r) => `\`<${r.tag}>\` ${(r.render / elements.count).toFixed(1)} ms`);
  md.push(`Per instance (render / ${elements.count}): ${perInstance.join(', ')}. Medians from this one bench run on a shared machine: compare the elements with each other within a run, not across runs.`, '');
}

md.push(...forestSection({ forest, size: forestSize, peer: forestPeer, plotVersion: machine.versions.plot, skipped: render.skipped, d3: forestD3 }));

md.push(...lines(`
  ## Generator

  Pupil rows written by \`bench/data.mjs\` into \`.bench/\` (gitignored, never committed) like a Dutch Excel export:
  \`leerling;groep;vak;voormeting;nameting\`, \`;\` separator, decimal commas, CRLF, pseudonymous pupils, four subjects each
  in 12 groups (48 group × subject cells); the third set is a school board's export: 5,000 groups, five subjects (25,000 cells),
  about 1% missing pre-tests, saved as Windows-1252 (so the reader's legacy-code-page path is measured too).
  The fourth set is a pupil-tracking system's export (issue 14): 2,000,000 sittings, one row per pupil per sitting
  (\`leerlingnummer;groep;jaargroep;leergebied;toetsversie;afnamedatum;vaardigheidsscore\`, dd-mm-jjjj, about
  0,5% absent marks), 250,000 pupils × 4 subjects × 2 moments, every M sitting before every E sitting (the worst case for
  pairing). Its targets: ≤ 2× papaparse, and memory bounded by pupils × subjects (< 400 MiB for its 1,000,000 pairs).
  Each command runs as its own Node child process; *time* is its wall-clock time (Node start-up included for both),
  *peak memory* is its maximum resident set size, \`process.resourceUsage().maxRSS\`, written at exit by
  \`bench/maxrss.mjs\` which is preloaded with \`node --import\` (no change to the measured program). The baseline is
  \`bench/papaparse-parse.mjs\`: read the file and \`Papa.parse(text, { header: true, delimiter: ";" })\`, nothing else; the
  time target (≤ 1,5×) is against this. For reference it also runs papaparse *streamed* (\`Papa.parse(fs.createReadStream(file),
  { step })\`, keeping no rows): that shows the memory a reader that does not hold the whole file can reach.
  Runs are interleaved (papaparse, streamed, generator, again); medians of 5 runs for 100k rows and of 3 for 1M rows
  (1 if a generator run takes over 20 s, to keep the bench short); the *runs* column says how many were taken.
  The targets use wall-clock time, as the issue asks. On a shared machine the wall clock also measures the other work, so
  the last column gives the same ratio in CPU time (user + system of each process, \`process.resourceUsage()\`, median):
  it moves much less with the machine's load and is the better number to compare runs by.

  The same memory bound is a test: \`LZM_LARGE=1 npm run test:node\` runs 1,000,000 rows through the generator with this RSS hook (\`test/node/large-input.test.ts\`; skipped in a plain \`npm test\` to keep it fast).

`));
if (generator.skipped) md.push(`Not measured in this run (${generator.skipped}).`, '');
else {
  if (!generator.built) md.push('**generator: not built (skipped)**: `bin/lzm-dashboard.js` did not exist when this bench ran, so there are no generator numbers; only the papaparse baseline was measured. The generator command will be `node bin/lzm-dashboard.js <file> --out .bench/out.html`.', '');
  md.push('| rows | file | runs | papaparse parse-only | its peak memory | papaparse streamed | its peak memory | generator | generator peak memory | generator / papaparse process | same in CPU time | generator / papaparse parse time |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of generator.sets) {
    const g = s.gen;
    const genCells = !generator.built ? ['not built (skipped)', '–', '–', '–', '–'] : g.failed ? [`failed: ${g.failed}`, '–', '–', '–', '–'] : [`${ms(g.wall)}${g.outBytes ? ` (HTML ${(g.outBytes / 2 ** 20).toFixed(1)} MiB)` : ' (no output file)'}`, `${g.rss.toFixed(0)} MiB`, `${s.ratio.toFixed(2)}×`, `${s.cpuRatio.toFixed(2)}× (${ms(g.cpu)} / ${ms(s.papa.cpu)})`, `${s.parseRatio.toFixed(2)}×`];
    md.push(`| ${s.rows.toLocaleString('en')}${s.what} | ${(s.bytes / 2 ** 20).toFixed(1)} MiB | ${s.runs} | ${ms(s.papa.wall)} (parse ${ms(s.papa.parseMs)}) | ${s.papa.rss.toFixed(0)} MiB | ${ms(s.stream.wall)} | ${s.stream.rss.toFixed(0)} MiB | ${genCells.join(' | ')} |`);
  }
  md.push('');
  // A pass with little margin (in wall or CPU time) is said, with the reason, so one lucky run does not hide it.
  for (const s of generator.sets) {
    if (!s.gen || s.gen.failed || (s.ratio <= s.ratioLimit - 0.2 && s.cpuRatio <= s.ratioLimit - 0.2)) continue;
    const label = `${s.rows.toLocaleString('en')} rows${s.what}`;
    const kind = s.ratio <= s.ratioLimit ? `passes with little margin (${s.ratio.toFixed(2)}× wall, ${s.cpuRatio.toFixed(2)}× CPU)` : `misses (${s.ratio.toFixed(2)}× wall, ${s.cpuRatio.toFixed(2)}× CPU)`;
    md.push(`- **${label}** ${kind}: ${remedy({ kind: 'gen-time', rows: s.rows, what: `generator ${label}: time / papaparse parse-only` }, { generator })}`);
  }
  md.push('');
}
writeFileSync(join(root, 'BENCHMARKS.md'), md.join('\n'));
log('wrote BENCHMARKS.md');
