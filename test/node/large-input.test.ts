// Large input (issue 9). The 1M-row run takes ~40 MB of disk and a few seconds, so it is skipped
// unless LZM_LARGE=1 (`LZM_LARGE=1 npm run test:node`); the size limits are always tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_CSV_BYTES, MAX_JSON_BYTES } from '../../generator/read.js';

/** The benchmark's bound for the generator's peak memory (BENCHMARKS.md, "generator time and memory"). */
const MEMORY_BOUND_MIB = 300;
const work = mkdtempSync(join(tmpdir(), 'lzm-large-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI in a child process with bench/maxrss.mjs preloaded; returns its exit code, stderr and peak RSS. */
function runMeasured(args: string[]): { status: number | null; stderr: string; rssMiB: number } {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const run = spawnSync(process.execPath, ['--import', pathToFileURL('bench/maxrss.mjs').href, 'bin/lzm-dashboard.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LZM_BENCH_RSS: rssFile },
    timeout: 120_000,
  });
  return { status: run.status, stderr: run.stderr, rssMiB: Number(readFileSync(rssFile, 'utf8').split(' ')[0]) / 1024 };
}

test('a 1,000,000-row pupil CSV goes through the generator within the benchmark memory bound', { skip: process.env.LZM_LARGE !== '1' && 'set LZM_LARGE=1 to run' }, async (t) => {
  const input = join(work, 'leerlingen-1m.csv');
  // The benchmark's own data writer (plain JS, no types): the same rows BENCHMARKS.md measures.
  const data = '../../bench/data.mjs';
  const { writePupilRows } = (await import(data)) as { writePupilRows: (file: string, rows: number) => Promise<void> };
  await writePupilRows(input, 1_000_000);
  const out = join(work, 'dashboard-1m.html');
  const { status, stderr, rssMiB } = runMeasured([input, '--out', out]);
  assert.equal(status, 0, stderr);
  assert.ok(existsSync(out));
  assert.match(readFileSync(out, 'utf8'), /leerlingen in \d+ groepen/);
  t.diagnostic(`peak RSS ${rssMiB.toFixed(0)} MiB (bound ${MEMORY_BOUND_MIB} MiB)`);
  assert.ok(rssMiB < MEMORY_BOUND_MIB, `peak RSS ${rssMiB.toFixed(0)} MiB, bound ${MEMORY_BOUND_MIB} MiB`);
});

/** The benchmark's bound for 2,000,000 sittings of a pupil-tracking export (1,000,000 pupil × subject pairs). */
const SITTINGS_MEMORY_BOUND_MIB = 400;

test('2,000,000 sittings of a pupil-tracking export (one row per sitting) are paired within the benchmark memory bound', { skip: process.env.LZM_LARGE !== '1' && 'set LZM_LARGE=1 to run' }, async (t) => {
  const input = join(work, 'sittings-2m.csv');
  const data = '../../bench/data.mjs';
  const { writeSittingRows } = (await import(data)) as { writeSittingRows: (file: string, rows: number) => Promise<void> };
  await writeSittingRows(input, 2_000_000);
  const out = join(work, 'dashboard-sittings.html');
  const { status, stderr, rssMiB } = runMeasured([input, '--out', out]);
  assert.equal(status, 0, stderr);
  assert.match(readFileSync(out, 'utf8'), /M → E ongeveer 5 maanden/);
  t.diagnostic(`peak RSS ${rssMiB.toFixed(0)} MiB (bound ${SITTINGS_MEMORY_BOUND_MIB} MiB)`);
  assert.ok(rssMiB < SITTINGS_MEMORY_BOUND_MIB, `peak RSS ${rssMiB.toFixed(0)} MiB, bound ${SITTINGS_MEMORY_BOUND_MIB} MiB`);
});

test('a JSON file above the documented limit (20 MiB) is refused at once with "too large", nothing parsed', () => {
  // A sparse file: 50 MiB on disk without writing 50 MiB; the size alone must decide.
  const input = join(work, 'groot.json');
  writeFileSync(input, '[]');
  spawnSync('truncate', ['-s', String(50 * 1024 * 1024), input]);
  assert.equal(statSync(input).size, 50 * 1024 * 1024);
  const { status, stderr, rssMiB } = runMeasured([input, '--out', join(work, 'never.html')]);
  assert.equal(status, 1);
  assert.equal(stderr, `${input}:1:1: het bestand is te groot: 50 MB, de grens is 20 MB\n`);
  // Refused from its size: the generator never held the 50 MiB text.
  assert.ok(rssMiB < 150, `peak RSS ${rssMiB.toFixed(0)} MiB`);
  assert.equal(MAX_JSON_BYTES, 20 * 1024 * 1024);
});

test('a CSV file above the documented limit (100 MiB) is refused with "too large" in both languages', () => {
  const input = join(work, 'groot.csv');
  writeFileSync(input, 'leerling;groep;vak;voormeting;nameting\n');
  spawnSync('truncate', ['-s', String(MAX_CSV_BYTES + 1), input]);
  const nl = runMeasured([input, '--out', join(work, 'never.html')]);
  assert.equal(nl.status, 1);
  assert.equal(nl.stderr, `${input}:1:1: het bestand is te groot: 101 MB, de grens is 100 MB\n`);
  const en = runMeasured([input, '--out', join(work, 'never.html'), '--lang', 'en']);
  assert.equal(en.stderr, `${input}:1:1: the file is too large: 101 MB, the limit is 100 MB\n`);
});
