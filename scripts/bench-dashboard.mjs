// The dashboard page itself: file size, generator time and peak memory, and time to first
// contentful paint in Chromium, for the example school and the 5,000-group board export
// (bench/data.mjs), now and (with BEFORE_BIN=path/to/an/older/bin/lzm-dashboard.js) before.
// Writes the "## Dashboard page" section of BENCHMARKS.md. Run after `npm run build`:
//   BEFORE_BIN=/tmp/old/bin/lzm-dashboard.js node scripts/bench-dashboard.mjs
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { writeManyGroupRows } from '../bench/data.mjs';
import { spliceSection } from '../bench/effect-plot.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = join(root, '.bench');
mkdirSync(work, { recursive: true });
const board = join(work, 'pupils-1000000-5000-groups-cp1252.csv');
if (!existsSync(board)) await writeManyGroupRows(board, 1_000_000, 5000);
const rssHook = pathToFileURL(join(root, 'bench/maxrss.mjs')).href;

/** One generator run: wall time, peak RSS (bench/maxrss.mjs) and the page's size. */
function generate(bin, input, out) {
  const rssFile = join(work, `dashboard-rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', rssHook, bin, input, '--out', out], { env: { ...process.env, LZM_BENCH_RSS: rssFile }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const wall = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${bin} ${input}: ${run.stderr}`);
  const rss = Number(readFileSync(rssFile, 'utf8').split(' ')[0]) / 1024;
  return { wall, rss, bytes: statSync(out).size };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Median first contentful paint at 1280×800 from file://, over `runs` fresh pages. */
async function firstPaint(file, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'commit', timeout: 600_000 });
    times.push(await page.evaluate(() => new Promise((resolve) => {
      const paint = () => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
      if (paint()) return resolve(paint().startTime);
      new PerformanceObserver(() => paint() && resolve(paint().startTime)).observe({ type: 'paint', buffered: true });
    })));
    await page.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const kib = (bytes) => `${(bytes / 2 ** 10).toFixed(0)} KiB`;
const bytesOf = (text) => Buffer.byteLength(text);

/**
 * Where a page's bytes go, measured on the page itself: the drawn elements (and of them, the style
 * blocks declarative shadow DOM repeats per instance), the generator's own tables, the elements'
 * data block and the inline scripts.
 */
function breakdown(file) {
  const html = readFileSync(file, 'utf8');
  const parts = [];
  const elements = [...html.matchAll(/<(lzm-[a-z-]+) id="[^"]*"[^>]*>[\s\S]*?<\/\1>/g)];
  const byTag = new Map();
  for (const [whole, tag] of elements) byTag.set(tag, (byTag.get(tag) ?? 0) + bytesOf(whole));
  for (const [tag, bytes] of byTag) parts.push(`${elements.filter((match) => match[1] === tag).length} × <${tag}> ${kib(bytes)}`);
  const styles = [...html.matchAll(/<template shadowrootmode="open"><style>([^<]*)<\/style>/g)].map((match) => match[1]);
  const distinct = [...new Set(styles)];
  parts.push(`of which shadow-root style blocks ${kib(styles.reduce((sum, style) => sum + bytesOf(style), 0))} (${styles.length} blocks, ${distinct.length} distinct: ${kib(distinct.reduce((sum, style) => sum + bytesOf(style), 0))})`);
  const tables = new Map();
  for (const [whole, name] of html.matchAll(/<table class="([a-z]+)"[\s\S]*?<\/table>/g)) tables.set(name, (tables.get(name) ?? 0) + bytesOf(whole));
  for (const [name, bytes] of [...tables].sort((a, b) => b[1] - a[1]).slice(0, 3)) parts.push(`table.${name} ${kib(bytes)}`);
  const data = html.match(/<script type="application\/json" id="lzm-data">[\s\S]*?<\/script>/);
  if (data) parts.push(`data block ${kib(bytesOf(data[0]))}`);
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => bytesOf(match[1]));
  parts.push(`scripts ${scripts.map(kib).join(' + ')}`);
  return parts.join('; ');
}

const builds = [['after', join(root, 'bin/lzm-dashboard.js')], ...(process.env.BEFORE_BIN ? [['before', process.env.BEFORE_BIN]] : [])];
const inputs = [['example school (examples/)', join(root, 'examples'), 5], ['board export: 1,000,000 rows, 5,000 groups', board, 3]];
const rows = [];
const sizes = [];
for (const [what, input, runs] of inputs) {
  for (const [when, bin] of builds) {
    const out = join(work, `dashboard-${when}-${runs}.html`);
    const gen = generate(bin, input, out);
    const fcp = await firstPaint(out, runs);
    rows.push(`| ${what} | ${when} | ${(gen.bytes / 2 ** 10).toFixed(0)} KiB | ${(gen.wall / 1000).toFixed(1)} s | ${gen.rss.toFixed(0)} MiB | ${fcp.toFixed(0)} ms (median of ${runs}) |`);
    console.log(rows.at(-1));
    if (when === 'after') sizes.push(`- ${what}: ${breakdown(out)}.`);
  }
}
await browser.close();

spliceSection(join(root, 'BENCHMARKS.md'), [
  '## Dashboard page',
  '',
  `Written by \`node scripts/bench-dashboard.mjs\` (${new Date().toISOString().slice(0, 10)}; \`before\` = the generator before the elements drew themselves into the page).`,
  'Time to first paint is Chromium\'s first-contentful-paint from file:// at 1280×800; the machine is shared, so times are noisy.',
  '',
  '| page | build | file | generator time | generator peak memory | first contentful paint |',
  '|---|---|---:|---:|---:|---:|',
  ...rows,
  '',
  'Where the size goes (measured on the pages just written):',
  '',
  ...sizes,
  '',
  'The generator writes the page as a stream: the head (its CSP lists the style block of every element kind, known',
  'before anything is drawn), then each section as it renders, big tables row by row, into the temporary file it renames',
  'at the end. Declarative shadow DOM repeats an element\'s style block in every instance; without JavaScript nothing',
  'can share one block between shadow roots, so the repetition stays (the CSP lists each block once).',
  '',
]);
console.log('wrote the dashboard section of BENCHMARKS.md');
