import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATED, type ExpectedError } from '../bad-input.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The bad-input corpus (test/fixtures/bad/, issue 9) through the CLI: exit 1, no output file, and
 * stderr lists every problem (at most 50, then a count) exactly as expected.json says, in nl and en.
 * expected.json: file → { element, nl, en, exit, generated?, cli? }. `nl`/`en` are the element's
 * message; `cli` (when present) the CLI's lines where they differ: more than one problem, or an
 * added column (the CLI always prints file:line:column), or a file the generator does not read.
 */

const bad = join(process.cwd(), 'test/fixtures/bad');
const corpus = JSON.parse(readFileSync(join(bad, 'expected.json'), 'utf8')) as Record<string, ExpectedError>;
const work = mkdtempSync(join(tmpdir(), 'lzm-bad-'));
// The files too big to commit are made here, in os.tmpdir(), and removed afterwards.
for (const [name, make] of Object.entries(GENERATED)) writeFileSync(join(work, name), make());
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

async function cli(cwd: string, file: string, lang: string): Promise<{ code: number; stdout: string; stderr: string; out: string }> {
  const out = join(work, `${file}.${lang}.html`);
  return { ...(await runCli([file, '--out', out, '--lang', lang], cwd)), out };
}

test('the corpus has at least 30 committed files and each has an entry (and the reverse)', async () => {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(bad).filter((name) => /\.(csv|json)$/.test(name) && name !== 'expected.json').sort();
  assert.ok(files.length >= 30, `${files.length} files`);
  const committed = Object.entries(corpus).filter(([, entry]) => !entry.generated).map(([file]) => file).sort();
  assert.deepEqual(committed, files);
});

for (const [file, expected] of Object.entries(corpus)) {
  test(`CLI: ${file} → exit ${expected.exit}, no output, exact messages (nl, en)`, async () => {
    for (const lang of ['nl', 'en'] as const) {
      const result = await cli(expected.generated ? work : bad, file, lang);
      assert.equal(result.code, expected.exit, result.stderr);
      assert.equal(result.stdout, '');
      assert.equal(existsSync(result.out), false, 'no output file');
      assert.deepEqual(result.stderr.trimEnd().split('\n'), expected.cli?.[lang] ?? [expected[lang]]);
    }
  });
}

test('CLI: more than 50 problems are capped at 50 lines and the rest counted', () => {
  const lines = corpus['veel-fouten.csv'].cli!.nl;
  assert.equal(lines.length, 51);
  assert.equal(lines[50], '… en nog 10 fouten');
  assert.equal(corpus['veel-fouten.csv'].cli!.en[50], '… and 10 more errors');
});

test('CLI: all problems of several bad files are listed in one run, each file once', async () => {
  // One pupil file only: the corpus's pupil files share their pupils, which across files is an error of its own.
  const files = ['nvt.csv', 'invloed-nvt.csv', 'json-syntax.json', 'senge-buiten-schaal.csv'];
  const out = join(work, 'several.html');
  const result = await runCli([...files, '--out', out], bad);
  assert.equal(result.code, 1);
  assert.deepEqual(result.stderr.trimEnd().split('\n'), files.map((file) => corpus[file].cli?.nl[0] ?? corpus[file].nl));
  assert.equal(existsSync(out), false);
});
