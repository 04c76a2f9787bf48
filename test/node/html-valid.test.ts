// The Nu HTML Checker (vnu-jar, needs Java) on the built demo and on a generated dashboard: no
// errors. npm test builds dist/ and demo-dist/ before the Node tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const noJava = java.error || java.status !== 0 ? 'Java is not installed (the Nu HTML Checker, vnu-jar, needs it): HTML validity not checked' : false;

/** The checker's errors (not its warnings or infos) for the given files, as "file:line:column: message". */
function checkerErrors(files: string[]): string[] {
  const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(!run.error, String(run.error));
  const { messages } = JSON.parse(run.stderr) as { messages: { type: string; url: string; lastLine?: number; lastColumn?: number; message: string }[] };
  return messages.filter((message) => message.type === 'error').map((m) => `${m.url.replace(/^.*\//, '')}:${m.lastLine}:${m.lastColumn}: ${m.message}`);
}

test('the built demo is valid HTML (no raw control characters from papaparse or the Windows-1252 table)', { skip: noJava }, () => {
  assert.deepEqual(checkerErrors(['demo-dist/index.html']), []);
});

test('a generated dashboard, nl and en, is valid HTML', { skip: noJava }, () => {
  const work = mkdtempSync(join(tmpdir(), 'lzm-html-valid-'));
  const pages = (['nl', 'en'] as const).map((lang) => {
    const out = join(work, `dashboard-${lang}.html`);
    const run = spawnSync(process.execPath, ['bin/lzm-dashboard.js', 'examples', '--lang', lang, '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return out;
  });
  assert.deepEqual(checkerErrors(pages), []);
});
