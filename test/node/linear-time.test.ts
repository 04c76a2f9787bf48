import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../generator/generate.js';
import { filesText } from '../helpers/page-text.js';

/**
 * Issue 17: big surveys in linear time. A 50,000-respondent survey crashed (`Math.min(...values)`:
 * maximum call stack size) and 45,000 rows with a moment column took 17 s (the rows of a moment
 * were copied for every row).
 */

const work = mkdtempSync(join(tmpdir(), 'lzm-linear-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

async function run(name: string, text: string) {
  const path = join(work, name);
  writeFileSync(path, text);
  const started = performance.now();
  const result = await generate({ inputs: [path], out: join(work, 'out.html'), lang: 'nl', theme: 'default', minGroup: 5, runtime: '', now: new Date(0) });
  // The page renders as it is written: that is part of the time.
  const files = await filesText(result);
  return { result, files, ms: performance.now() - started };
}

test('a 50,000-respondent survey (raw answers, two teams) is read without a stack overflow, in seconds', async (t) => {
  const rows = ['team;Systeemdenken;Teamleren;Gedeelde visie'];
  for (let i = 0; i < 50_000; i++) rows.push(`${i % 2 ? 'onderbouw' : 'bovenbouw'};${1 + (i % 5)};${1 + ((i * 3) % 5)};${1 + ((i * 7) % 5)}`);
  const { result, files, ms } = await run('enquete-50k.csv', `${rows.join('\r\n')}\r\n`);
  assert.deepEqual(result.errors.map((error) => error.format('en')), []);
  assert.match(files[0].content, /<th scope="row">Systeemdenken<\/th><td>3,00<\/td><td>50000<\/td>/);
  t.diagnostic(`${ms.toFixed(0)} ms`);
  assert.ok(ms < 20_000, `${ms.toFixed(0)} ms`);
});

test('45,000 rows over two moments take time in proportion to the rows, not to their square', async (t) => {
  const make = (count: number) => ['moment;Systeemdenken;Teamleren', ...Array.from({ length: count }, (_, i) => `${i < count / 2 ? '2025' : '2026'};${1 + (i % 5)};${1 + (i % 3)}`)].join('\n') + '\n';
  const small = await run('enquete-5k.csv', make(5_000));
  const big = await run('enquete-45k.csv', make(45_000));
  assert.deepEqual(big.result.errors, []);
  t.diagnostic(`5,000 rows ${small.ms.toFixed(0)} ms, 45,000 rows ${big.ms.toFixed(0)} ms`);
  // Nine times the rows: linear is about 9×, quadratic about 81×; allow for a warm-up and a noisy machine.
  assert.ok(big.ms < 30 * Math.max(small.ms, 50), `${big.ms.toFixed(0)} ms for 45,000 rows, ${small.ms.toFixed(0)} ms for 5,000`);
});

test('no big array is spread into a call anywhere in the sources (Math.min/max(...x), push(...x))', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) files.push(path);
    }
  };
  for (const dir of ['components', 'generator', 'demo']) walk(dir);
  const offenders = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').flatMap((line, index) =>
    /Math\.(min|max)\([^)]*\.\.\.|\.(push|unshift)\(\.\.\./.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
  assert.deepEqual(offenders, []);
});
