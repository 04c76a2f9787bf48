// The forest-plot part of `npm run bench` (scripts/bench.mjs): 320 rows drawn by <lzm-effect-plot>
// (cdn/effect-plot.js) and by Observable Plot (dot + link + ruleX, SVG; bench/peers/observable-plot/
// forest.js), and an empty page, in the render bench's harness (bench/harness.js `runChart`).
// The target compares the time above the empty page: navigation start until drawn, less the same
// for a page that loads nothing and draws nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as vite } from 'vite';
import { bundlePeer } from './bundle-peer.mjs';
import { forestRows } from './data.mjs';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (x) => (x == null ? '–' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);

export const FOREST_ROWS = 320;
export const RENDER_TARGET = 0.5;
export const SIZE_TARGET = 12_000;

/** Bundles the Plot peer like the dial peers (esbuild, minified, production) and measures it. */
export async function buildForestPeer(root, work) {
  const outfile = join(work, 'peers', 'observable-plot-forest.js');
  await bundlePeer(join(root, 'bench/peers/observable-plot/forest.js'), outfile);
  const bytes = readFileSync(outfile);
  return { file: '.bench/peers/observable-plot-forest.js', raw: bytes.length, gz: gz(bytes) };
}

/**
 * What d3-array (`nice` and `ticks`, the axis) adds to cdn/effect-plot.js: the same CDN build with
 * d3-array replaced by a stub (bench/d3-array-stub.js), its initial load against the real one.
 * `initialGz(entryFile)` is scripts/bench.mjs's initial-load measure (the entry and its static chunks).
 */
export async function d3ArrayCost(root, work, initialGz) {
  const outDir = join(work, 'no-d3');
  await vite({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'cdn:effect-plot',
    build: { outDir, emptyOutDir: true },
    resolve: { alias: { 'd3-array': join(root, 'bench/d3-array-stub.js') } },
  });
  const without = initialGz(join(outDir, 'effect-plot.js'));
  const withD3 = initialGz(join(root, 'cdn/effect-plot.js'));
  return { with: withD3, without, cost: withD3 - without };
}

export function forestLibraries(plotVersion) {
  return [
    { name: 'forest-empty', title: 'empty page (same page and harness, nothing loaded or drawn)', adapter: '/bench/adapters/empty.js' },
    // The adapter imports cdn/effect-plot.js: without the preload that is a second request after the
    // adapter's, where a page's own <script src> (and the Plot peer, whose bundle is its adapter) has one.
    { name: 'forest-lzm', title: '`<lzm-effect-plot>` (cdn/effect-plot.js)', adapter: '/bench/adapters/effect-plot.js', preload: '/cdn/effect-plot.js' },
    { name: 'forest-plot', title: `Observable Plot ${plotVersion}`, adapter: '/.bench/peers/observable-plot-forest.js' },
  ];
}

/** Writes one page per library into .bench/pages: the 320 rows and the harness's runChart (and the library's module preloaded, when its adapter imports it). */
export function writeForestPages(work, libraries) {
  const data = forestRows(FOREST_ROWS);
  for (const lib of libraries) {
    writeFileSync(
      join(work, 'pages', `${lib.name}.html`),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench ${lib.name}</title>` +
        `<link rel="stylesheet" href="/bench/page.css">${lib.preload ? `<link rel="modulepreload" href="${lib.preload}">` : ''}</head><body><div id="grid"></div>` +
        `<script>window.__BENCH = ${JSON.stringify(data).replace(/</g, '\\u003c')};</script>` +
        `<script type="module">import * as chart from '${lib.adapter}'; import { runChart } from '/bench/harness.js'; runChart(chart);</script>` +
        `</body></html>`,
    );
  }
}

/**
 * Runs every library `runs` times after a warm-up, interleaved, with `runOnce(page, expected)` from
 * scripts/bench.mjs (fresh context per run; fails unless all 320 rows are drawn), and summarises.
 */
export async function runForest(libraries, runOnce, summarize, runs) {
  for (const lib of libraries) await runOnce(lib.name, FOREST_ROWS);
  const all = Object.fromEntries(libraries.map((lib) => [lib.name, []]));
  for (let run = 0; run < runs; run++) for (const lib of libraries) all[lib.name].push(await runOnce(lib.name, FOREST_ROWS));
  const results = Object.fromEntries(libraries.map((lib) => [lib.name, { title: lib.title, ...summarize(all[lib.name]) }]));
  const empty = results['forest-empty'];
  const lzm = results['forest-lzm'];
  const plot = results['forest-plot'];
  const above = (r) => r.loadAndRender - empty.loadAndRender;
  return {
    runs,
    results,
    ratios: {
      aboveEmpty: above(lzm) / above(plot),
      render: lzm.render / plot.render,
      update: lzm.update / plot.update,
    },
    above: { lzm: above(lzm), plot: above(plot) },
  };
}

/** The targets of the forest plot, in scripts/bench.mjs's target shape (with their own remedy text). */
export function forestTargets(forest, size) {
  const targets = [];
  if (size) {
    const ok = size.gz <= SIZE_TARGET;
    targets.push({
      what: 'cdn/effect-plot.js initial load (with Lit)',
      ok,
      value: kb(size.gz),
      limit: `≤ ${kb(SIZE_TARGET)}`,
      gap: kb(Math.abs(SIZE_TARGET - size.gz)),
      kind: 'forest-size',
      remedy: ok ? '' : sizeRemedy(size),
    });
  }
  if (forest) {
    const ratio = forest.ratios.aboveEmpty;
    targets.push({
      what: `render: 320 rows above an empty page, <lzm-effect-plot> / ${forest.results['forest-plot'].title}`,
      ok: ratio <= RENDER_TARGET,
      value: `${ratio.toFixed(2)}×`,
      limit: `≤ ${RENDER_TARGET}×`,
      gap: `${Math.abs(ratio - RENDER_TARGET).toFixed(2)}×`,
      kind: 'forest-render',
      remedy: ratio <= RENDER_TARGET ? '' : `lzm-kit would need ${ms(forest.above.plot * RENDER_TARGET)} above the empty page instead of ${ms(forest.above.lzm)}.`,
    });
  }
  return targets;
}

function sizeRemedy(size) {
  return (
    `Lit is about ${kb(size.lit)} of it, so lzm-kit's code is ${kb(size.gz - size.lit)}: the base element with the shared loading, error and ` +
    `table-toggle code and styles (about 2.2 kB: an element with nothing but the base builds to 8.6 kB), d3-array ${size.d3 ? kb(size.d3) : ''} ` +
    `and the plot itself, its CSS (with the base's) about ${kb(size.cssGz)}. Already lazy: the influences reader (typed rows never load it), ` +
    '`LzmDataError` and the error texts, the legend, the data table and the spoken row text with their texts and styles (`effect-plot.details`). ' +
    'Measured while writing: all of the plot\'s own CSS is 0.9 kB, its keyboard and click handling 0.3 kB. What would close the rest: ' +
    'a smaller base element, dropping d3-array for ten lines of tick arithmetic (about −0.55 kB), or a target that counts Lit and the base ' +
    'element once for a page of several elements.'
  );
}

/** The BENCHMARKS.md section. `size` is the cdn/effect-plot.js row of the size table and the Plot peer's bundle. */
export function forestSection({ forest, size, peer, plotVersion, skipped, d3 }) {
  const md = ['## Render time: the forest plot (320 rows)', ''];
  md.push(
    `${FOREST_ROWS} influences (the values of the dial bench, \`forestRows\` in \`bench/data.mjs\`: each with a name, n and a 95% CI`,
    'that narrows with n) drawn as ONE forest plot, 640 px wide, all rows in the page: `<lzm-effect-plot>` from',
    '`cdn/effect-plot.js` with typed `.data` (no data chunk), against the same chart made with Observable Plot',
    `${plotVersion} (\`bench/peers/observable-plot/forest.js\`: \`Plot.dot\` with the zone as symbol and colour, \`Plot.link\` for the CI,`,
    '`Plot.ruleX` at the hinge, names on the y axis, 24 px rows; SVG), and an empty page. Same browser, page setup and',
    'clock as the render bench above (`bench/harness.js`, `runChart`: fresh context per run, stop after the frame that',
    'shows the rows); libraries interleaved, **median** reported. *update*: new data (the second set of values) drawn:',
    'Lit re-renders the element; Plot has no update, so its chart is drawn again and replaced, as a Plot user does.',
    '*above an empty page*: load + render less the empty page\'s (fetching and evaluating the script counts, the page',
    'and the browser do not); `cdn/effect-plot.js` is fetched with the adapter (`modulepreload`), as a page\'s own',
    '`<script src>` fetches it and as the Plot bundle (its own adapter) is. `<lzm-effect-plot>` draws more than the peer: zone bands, n, the legend, the row count,',
    'the sticky axis, and a listbox of 320 options (see *one chart*: the elements in its shadow root, or in the cell',
    'for Plot); the legend comes a moment after the rows (see below).',
    '',
  );
  if (skipped) {
    md.push(`Render not measured in this run (${skipped}).`, '');
  } else {
    md.push('| page | load + render | above an empty page | script ready | render | of which JS | update | of which JS | load + render, min–max | one chart |');
    md.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const empty = forest.results['forest-empty'];
    for (const [name, r] of Object.entries(forest.results)) {
      const above = name === 'forest-empty' ? '–' : ms(r.loadAndRender - empty.loadAndRender);
      const chart = name === 'forest-empty' ? '–' : `640 × ${r.height.toFixed(0)} px, ${r.nodes} elements`;
      md.push(`| ${r.title} | ${ms(r.loadAndRender)} | ${above} | ${ms(r.scriptReady)} | ${ms(r.render)} | ${ms(r.renderScript)} | ${ms(r.update)} | ${ms(r.updateScript)} | ${ms(r.spread[0])} – ${ms(r.spread[1])} | ${chart} |`);
    }
    md.push('');
    md.push('| ratio | `<lzm-effect-plot>` / Plot | target | result |', '|---|---:|---:|---|');
    md.push(`| 320 rows above an empty page | ${forest.ratios.aboveEmpty.toFixed(2)}× | ≤ ${RENDER_TARGET}× | ${forest.ratios.aboveEmpty <= RENDER_TARGET ? 'PASS' : 'MISS'} |`);
    md.push(`| first row created → 320 drawn (render) | ${forest.ratios.render.toFixed(2)}× | (info) | |`);
    md.push(`| new data drawn (update) | ${forest.ratios.update.toFixed(2)}× | (info) | |`);
    md.push('');
    const lzm = forest.results['forest-lzm'];
    const plot = forest.results['forest-plot'];
    md.push(
      `What the numbers say: \`<lzm-effect-plot>\` loads a sixth of Plot's script, and its drawing takes ${forest.ratios.render.toFixed(2)}× Plot's`,
      `(render ${ms(lzm.render)}, of which ${ms(lzm.renderScript)} JS, against ${ms(plot.render)} and ${ms(plot.renderScript)}). For the 0.5× target it would need`,
      `${ms(forest.above.plot * RENDER_TARGET)} above the empty page; it takes ${ms(forest.above.lzm)}${forest.ratios.aboveEmpty <= RENDER_TARGET ? ' (met)' : ''}. Measured while`,
      'writing the element (Chromium traces and A/B runs on the same machine): a `<use>` per marker cost about 40 ms of',
      'style work; n as generated content (`::after`) on every row about 16 ms of style and layout; setting three',
      'attributes on each of 320 marker squares (`class`, `x`, `y`) about 20 ms of script (Lit\'s attribute commits).',
      'Now a row is one element with one binding (its name), only the active row has an `id`, `aria-selected` and its',
      'spoken text (`aria-activedescendant`), the markers of a zone are ONE `<text>` with a glyph a row placed by',
      'lists of x (percentages) and y, all whiskers one path, all n one text that a zero-width box breaks into lines',
      '(1,682 → 715 → 381 elements); the legend, the data table and the spoken text are a lazy chunk',
      '(`effect-plot.details`) that loads when the browser is first idle after the first paint. *update* can include',
      'that chunk arriving (the harness sets the new data right after the first frame).',
      '',
    );
  }
  if (size) {
    md.push('| file | gzip | minified | target |', '|---|---:|---:|---|');
    md.push(`| \`cdn/effect-plot.js\` initial load (Lit inside: ${size.files.join(', ')}) | **${kb(size.gz)}** | ${kb(size.raw)} | ≤ ${kb(SIZE_TARGET)}: ${size.gz <= SIZE_TARGET ? 'PASS' : `**MISS** by ${kb(size.gz - SIZE_TARGET)}`} |`);
    md.push(`| of which Lit (\`bench/lit-baseline.js\`) | ${kb(size.lit)} | | |`);
    if (d3) md.push(`| of which d3-array (\`nice\` and \`ticks\` for the axis; the build with a stub instead: ${kb(d3.without)}) | ${kb(d3.cost)} | | |`);
    if (peer) md.push(`| the same chart with Observable Plot ${plotVersion} and its d3 modules (\`bench/peers/observable-plot/forest.js\`, esbuild) | **${kb(peer.gz)}** | ${kb(peer.raw)} | |`);
    md.push('');
    if (size.gz > SIZE_TARGET) md.push(`Size: ${sizeRemedy(size)}`, '');
    if (d3) {
      md.push(
        'd3 in `<lzm-effect-plot>`: only d3-array, for the axis (`ticks`: 1, 2 or 5 × 10ⁿ steps; `nice`: the scale extended to',
        'whole ticks). d3-array 3 ships as one pre-bundled module, but Vite/Rolldown keeps only these two functions and',
        `their helpers: ${kb(d3.cost)} gzip. No d3-scale (the scale is one line of arithmetic) and no d3-shape (every CI is one`,
        'path string, markers are plain squares shaped by CSS).',
        '',
      );
    }
  }
  return md;
}

/**
 * Puts `section` (lines starting with its `## ` heading) into BENCHMARKS.md in place of the same
 * section, or before `## Generator`: a forest-only run leaves every other section as it was.
 */
export function spliceSection(file, section) {
  const text = readFileSync(file, 'utf8');
  const heading = section[0];
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  const block = section.join('\n');
  let out;
  if (start >= 0) {
    let end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
    if (end < 0) end = lines.length;
    out = [...lines.slice(0, start), block, ...lines.slice(end)].join('\n');
  } else {
    const before = lines.indexOf('## Generator');
    out = before >= 0 ? [...lines.slice(0, before), block, ...lines.slice(before)].join('\n') : `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(file, out);
}
