import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../generator/cli.js';
import { publishData, publishedNumber } from '../../generator/publish.js';
import { sourceDate } from '../../generator/source-date.js';

/**
 * Issue 17, privacy: a suppressed group must not be recoverable from anything the page publishes
 * (the whole-school rows, the inline JSON, the header counts), and the same pupil must not count
 * twice (two files, two leerjaar values).
 */

const work = mkdtempSync(join(tmpdir(), 'lzm-privacy-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI in-process with SOURCE_DATE_EPOCH set; returns the exit code, stdout and stderr. */
async function cli(args: string[], env: Record<string, string> = { SOURCE_DATE_EPOCH: '1767225600' }) {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => ({ write: (text: string) => sink.push(text), isTTY: false }) as unknown as Parameters<typeof main>[1];
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const code = await main(args, stream(out), stream(err) as unknown as Parameters<typeof main>[2]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    for (const key of Object.keys(env)) if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
}

function write(name: string, lines: string[]): string {
  const path = join(work, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

const HEADER = 'leerling;groep;vak;periode;voormeting;nameting';
/** 5A: 20 pupils in two periods; 5B: one pupil whose scores the two exports differ in. */
function exportWith(pre: string, post: string): string[] {
  const rows = [HEADER];
  for (const period of ['P1', 'P2']) {
    for (let i = 1; i <= 20; i++) rows.push(`A${i};5A;rekenen;${period};${40 + (i % 7)};${44 + ((i * 3) % 11)},${i % 10}`);
    rows.push(`B1;5B;rekenen;${period};${pre};${post}`);
  }
  return rows;
}

test('two exports that differ only in a suppressed group\'s scores give byte-identical pages', async () => {
  const pages: string[] = [];
  for (const [name, pre, post] of [['een.csv', '10', '90'], ['twee.csv', '80', '12,5']]) {
    const input = write(name, exportWith(pre, post));
    const out = join(work, `${name}.html`);
    const result = await cli([input, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    pages.push(readFileSync(out, 'utf8').replace(name, 'export.csv'));
  }
  assert.ok(pages[0] === pages[1], 'the pages differ: the suppressed group can be recovered');
  // And the rule is said where the numbers are.
  for (const text of [
    '<h3>Per vak, hele school zonder groepen kleiner dan 5</h3>',
    '<th scope="row">hele school, zonder groepen kleiner dan 5</th>',
    // The header counts the pupils of the shown groups: 5B's one pupil is not among them.
    '<p>20 leerlingen in 2 groepen; 1 groep-vakcombinaties verborgen',
  ]) assert.ok(pages[0].includes(text), text);
});

test('no number in the inline JSON has more decimals than the page shows', async () => {
  const input = write('precisie.csv', exportWith('10', '12'));
  const out = join(work, 'precisie.html');
  assert.equal((await cli([input, '--out', out])).code, 0);
  const json = readFileSync(out, 'utf8').match(/<script type="application\/json" id="lzm-data">(.*?)<\/script>/s)![1];
  const numbers = json.match(/-?\d+\.\d+(e-?\d+)?/g) ?? [];
  assert.ok(numbers.length > 10, json);
  for (const number of numbers) assert.match(number, /^-?\d+\.\d{1,2}$/, `${number} in ${json.slice(0, 200)}`);
});

test('publishData rounds every number at any depth to two decimals and keeps the rest', () => {
  assert.deepEqual(publishData({ a: 0.123456, b: [1.005e-9, -0.0049, 3], c: { d: 'x', e: null, f: true } }), { a: 0.12, b: [0, 0, 3], c: { d: 'x', e: null, f: true } });
  assert.equal(Object.is(publishedNumber(-0.001), -0), false);
  // As the tables round (2,53 on the page), not as toFixed does (2.52).
  assert.equal(publishedNumber(2.525), 2.53);
  assert.equal(publishedNumber(-1.005), -1.01);
});

test('SOURCE_DATE_EPOCH sets the generated date; a malformed one is a usage error (exit 2)', async () => {
  assert.equal(sourceDate({ SOURCE_DATE_EPOCH: '1767225600' })!.toISOString(), '2026-01-01T00:00:00.000Z');
  assert.equal(sourceDate({}), undefined);
  assert.equal(sourceDate({ SOURCE_DATE_EPOCH: '' }), undefined);
  for (const bad of ['-1', '1.5', 'gisteren', '1e9']) assert.throws(() => sourceDate({ SOURCE_DATE_EPOCH: bad }), RangeError, bad);
  const input = write('datum.csv', exportWith('10', '12'));
  const out = join(work, 'datum.html');
  assert.equal((await cli([input, '--out', out])).code, 0);
  const tz = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(1767225600 * 1000));
  assert.ok(readFileSync(out, 'utf8').includes(`Gemaakt op ${tz}`));
  const bad = await cli([input, '--out', join(work, 'nooit.html')], { SOURCE_DATE_EPOCH: 'gisteren' });
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'SOURCE_DATE_EPOCH: "gisteren" is geen aantal seconden sinds 1970\n');
});

test('the same file saved twice is refused, naming both places', async () => {
  const rows = [HEADER, 'L1;5A;rekenen;P1;10;12', 'L2;5A;rekenen;P1;11;13', 'L3;5A;rekenen;P1;9;12'];
  const first = write('toetsen.csv', rows);
  const second = write('toetsen (1).csv', rows);
  const result = await cli([first, second, '--out', join(work, 'dubbel.html'), '--lang', 'en']);
  assert.equal(result.code, 1);
  assert.deepEqual(result.stderr.trimEnd().split('\n'), [2, 3, 4].map((line) =>
    `${second}:${line}:1: pupil "L${line - 1}" appears twice in group 5A, rekenen (first in ${first} on line ${line})`));
});

test('the same pupils under two leerjaar values are refused, not counted twice', async () => {
  const input = write('leerjaren.csv', ['leerling;groep;vak;leerjaar;voormeting;nameting', 'L1;5A;rekenen;5;10;12', 'L2;5A;rekenen;5;11;13', 'L1;5A;rekenen;6;10;12']);
  const result = await cli([input, '--out', join(work, 'leerjaren.html')]);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, `${input}:4:1: leerling "L1" staat twee keer in groep 5A, rekenen (eerder op regel 2)\n`);
});

test('a row without a pupil id is refused: it cannot be told apart from the same pupil twice', async () => {
  const input = write('zonder-id.csv', [HEADER, 'L1;5A;rekenen;P1;10;12', ';5A;rekenen;P1;11;13']);
  const result = await cli([input, '--out', join(work, 'zonder-id.html'), '--lang', 'en']);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, `${input}:3:1: column "leerling" is empty\n`);
});

test('a survey with two team columns is refused: reading either could merge or split teams', async () => {
  const input = write('twee-teams.csv', ['team;groep;Systeemdenken;Teamleren', 'A;B;3;4', 'A;B;4;4']);
  const result = await cli([input, '--out', join(work, 'twee-teams.html')]);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, `${input}:1:2: kolommen "team" en "groep" betekenen allebei "team": laat er één over\n`);
});
