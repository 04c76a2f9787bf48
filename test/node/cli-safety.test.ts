import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../generator/cli.js';
import { reportFileName } from '../../generator/pupil-report.js';
import { parseHinge } from '../../generator/usage.js';
import { writeAtomically } from '../../generator/write.js';

/** Issue 17: the CLI must not destroy an export, hang on a device, or leave pupil names behind. */

const work = mkdtempSync(join(tmpdir(), 'lzm-cli-safety-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => ({ write: (text: string) => sink.push(text), isTTY: false }) as unknown as Parameters<typeof main>[1];
  const code = await main(args, stream(out), stream(err) as unknown as Parameters<typeof main>[2]);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const pupils = ['leerling;groep;vak;voormeting;nameting', ...['5A', '5B'].flatMap((group) =>
  Array.from({ length: 6 }, (_, i) => `${group}-${i};${group};rekenen;${10 + i};${13 + (i % 4)}`))].join('\r\n') + '\r\n';

function folder(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'toetsen.csv'), pupils);
  return dir;
}

test('--out equal to an input file (given, or in an input folder) is refused with exit 2, the export intact', async () => {
  const dir = folder('same');
  const input = join(dir, 'toetsen.csv');
  for (const args of [[input, '--out', input], [dir, '--out', join(dir, 'toetsen.csv')], [input, '--out', join(dir, '.', 'toetsen.csv')]]) {
    const result = await cli(args);
    assert.equal(result.code, 2, result.stderr);
    assert.equal(result.stderr, `--out "${args[2]}" is een van de invoerbestanden (${input}): kies een andere naam, anders gaat de export verloren\n`);
    assert.equal(readFileSync(input, 'utf8'), pupils);
  }
  // A dashboard already in the folder is not an input: it may be replaced.
  writeFileSync(join(dir, 'dashboard.html'), 'old');
  assert.equal((await cli([dir, '--out', join(dir, 'dashboard.html')])).code, 0);
});

test('--out empty, a folder, or ending in "/" is exit 2 with a clear message, nothing written', async () => {
  const dir = folder('outdir');
  const input = join(dir, 'toetsen.csv');
  assert.deepEqual(await cli([input, '--out', '', '--lang', 'en']), { code: 2, stdout: '', stderr: '--out: give the name of the HTML file, e.g. --out dashboard.html\n' });
  for (const out of [dir, `${dir}/`, join(work, 'nieuw') + '/']) {
    const result = await cli([input, '--out', out]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `--out "${out}" is een map: geef de naam van het HTML-bestand, bijvoorbeeld ${out.replace(/\/+$/, '')}/dashboard.html\n`);
  }
  assert.equal(existsSync(join(work, 'nieuw')), false);
  assert.deepEqual(readdirSync(dir), ['toetsen.csv']);
});

test('a non-regular input (/dev/zero, a pipe) is refused at once, not read forever', async () => {
  const started = Date.now();
  const result = await cli(['/dev/zero', '--out', join(work, 'zero.html'), '--lang', 'en']);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, '/dev/zero:1:1: not a regular file (a device, pipe or socket): give a CSV or JSON file\n');
  assert.ok(Date.now() - started < 5000);
  const fifo = join(work, 'pijp.csv');
  if (spawnSync('mkfifo', [fifo]).status === 0) {
    const piped = await cli([fifo, '--out', join(work, 'fifo.html')]);
    assert.equal(piped.stderr, `${fifo}:1:1: geen gewoon bestand (een apparaat, pijp of socket): geef een CSV- of JSON-bestand\n`);
  }
});

test('--hinge is read like a number in the data, within 0–2', async () => {
  assert.equal(parseHinge('0,45'), 0.45);
  assert.equal(parseHinge('0.5'), 0.5);
  assert.equal(parseHinge('2'), 2);
  for (const bad of ['0x10', '1e308', '-5', '2,01', '', ' ', 'Infinity', '1.234,5']) assert.throws(() => parseHinge(bad), RangeError, bad);
  const input = join(folder('hinge'), 'toetsen.csv');
  for (const bad of ['0x10', '1e308', '-5']) {
    const result = await cli([input, '--out', join(work, 'hinge.html'), '--hinge', bad]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `error: option '--hinge <d>' argument '${bad}' is invalid. expected a number from 0 to 2, such as 0.40 or 0,40\n`);
  }
  assert.equal((await cli([input, '--out', join(work, 'hinge.html'), '--hinge', '0,3'])).code, 0);
  assert.ok(readFileSync(join(work, 'hinge.html'), 'utf8').includes('Het scharnierpunt is 0,30.'));
});

test('a killed run\'s temporary files are removed by the next run; a live run\'s are not', async () => {
  const dir = folder('stale');
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const stale = join(dir, `.dashboard.html.${dead}.0badc0de.tmp`);
  const report = join(dir, 'rapport');
  mkdirSync(report);
  const staleReport = join(report, `.${reportFileName('5A')}.${dead}.12345678.tmp`);
  const live = join(dir, `.dashboard.html.${process.pid}.feedf00d.tmp`);
  const foreign = join(dir, '.dashboard.html.notes.tmp');
  for (const path of [stale, staleReport, live, foreign]) writeFileSync(path, 'Zoë Jansen;5A;…');
  const result = await cli([join(dir, 'toetsen.csv'), '--out', join(dir, 'dashboard.html'), '--pupil-report', report]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(existsSync(stale), false);
  assert.equal(existsSync(staleReport), false);
  assert.equal(existsSync(live), true, 'a running process may still be writing it');
  assert.equal(existsSync(foreign), true, 'not our pattern');
});

test('--pupil-report is all-or-nothing: a folder in the way of one report leaves every file as it was', async () => {
  const dir = folder('blocked');
  const report = join(dir, 'rapport');
  mkdirSync(join(report, reportFileName('5B')), { recursive: true });
  writeFileSync(join(report, reportFileName('5A')), 'old 5A');
  writeFileSync(join(dir, 'dashboard.html'), 'old dashboard');
  const result = await cli([join(dir, 'toetsen.csv'), '--out', join(dir, 'dashboard.html'), '--pupil-report', report]);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, `${join(report, reportFileName('5B'))}: daar staat een map (of iets anders dan een bestand); er is niets geschreven\n`);
  assert.equal(readFileSync(join(report, reportFileName('5A')), 'utf8'), 'old 5A');
  assert.equal(readFileSync(join(dir, 'dashboard.html'), 'utf8'), 'old dashboard');
  assert.deepEqual(readdirSync(report).sort(), [reportFileName('5A'), reportFileName('5B')].sort(), 'no temporary file left');
  assert.deepEqual(readdirSync(dir).sort(), ['dashboard.html', 'rapport', 'toetsen.csv']);
});

test('a page that fails while it is streamed leaves no file and no half-written temporary file; the old page stays', async () => {
  const dir = mkdtempSync(join(work, 'stream-'));
  const out = join(dir, 'dashboard.html');
  writeFileSync(out, 'old dashboard');
  const failure = new Error('a section failed to render');
  let written = 0;
  // Big enough to reach the disk in several chunks before the failure.
  async function* page() {
    for (; written < 400; written++) yield `<p>${'x'.repeat(1000)}</p>`;
    throw failure;
  }
  await assert.rejects(writeAtomically([{ path: out, content: page() }]), (error) => error === failure);
  assert.equal(written, 400, 'it was being written when it failed');
  assert.equal(readFileSync(out, 'utf8'), 'old dashboard');
  assert.deepEqual(readdirSync(dir), ['dashboard.html'], 'no temporary file left');
  // A new file is not created at all.
  const fresh = join(dir, 'nieuw.html');
  written = 0;
  await assert.rejects(writeAtomically([{ path: fresh, content: ['<!doctype html>', page()] }]));
  assert.equal(existsSync(fresh), false);
  assert.deepEqual(readdirSync(dir), ['dashboard.html']);
});

test('a streamed page is written whole, in order, and its size in bytes is reported', async () => {
  const dir = mkdtempSync(join(work, 'whole-'));
  const out = join(dir, 'dashboard.html');
  const rows = Array.from({ length: 30_000 }, (_, i) => `<tr><td>${i}</td><td>Zoë – ${i}</td></tr>`);
  async function* table() {
    yield '<table>';
    yield rows.map((row) => [row]);
    yield '</table>';
  }
  const [size] = await writeAtomically([{ path: out, content: ['<!doctype html>', table(), '\n'] }]);
  const expected = `<!doctype html><table>${rows.join('')}</table>\n`;
  assert.equal(readFileSync(out, 'utf8'), expected);
  assert.equal(size, Buffer.byteLength(expected));
});
