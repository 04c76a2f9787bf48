import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../generator/generate.js';
import { filesText } from '../helpers/page-text.js';

/**
 * Issue 17: pre = post for every pupil (r = 1). The page said "95%-BI 0,00 – 0,00" and drew the
 * zero gains in the 0,00–0,25 bar while saying "without growth".
 */

const work = mkdtempSync(join(tmpdir(), 'lzm-degenerate-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

test('pre = post for every pupil: no CI of width 0, the equal-gains note, zero gains in their own bar', async () => {
  const rows = ['leerling;groep;vak;voormeting;nameting', ...[31, 35, 28, 40, 33, 37, 30].map((score, i) => `L${i};6A;spelling;${score};${score}`)];
  const path = join(work, 'gelijk.csv');
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  const result = await generate({ inputs: [path], out: join(work, 'out.html'), lang: 'nl', theme: 'default', minGroup: 5, runtime: '', now: new Date(0) });
  assert.deepEqual(result.errors, []);
  const [{ content: html }] = await filesText(result);
  assert.ok(!html.includes('0,00 – 0,00'), 'no interval of width 0');
  assert.ok(html.includes('elke leerling groeide precies evenveel (r = 1; bijvoorbeeld voormeting = nameting voor iedereen): een betrouwbaarheidsinterval is dan niet te berekenen.'), 'the equal-gains note, said once above the table');
  assert.ok(html.includes('gelijke groei, geen BI'), 'and on its row');
  const data = JSON.parse(html.match(/<script type="application\/json" id="lzm-data">(.*?)<\/script>/s)![1]) as Record<string, { ciLow?: number; ciHigh?: number; value: number; r: number }>;
  const group = Object.values(data).find((item) => 'value' in item)!;
  assert.deepEqual([group.value, group.r, group.ciLow, group.ciHigh], [0, 1, undefined, undefined]);
  const bins = [...html.match(/<table class="bins">.*?<\/table>/s)![0].matchAll(/<tr><th scope="row">(.*?)<\/th><td>(\d+)<\/td><\/tr>/g)].map((m) => [m[1], Number(m[2])] as const);
  assert.deepEqual(bins.filter(([, count]) => count > 0), [['0,00', 7]], 'all seven in the zero bar');
  assert.ok(bins.some(([label, count]) => label === '0,00 – 0,25' && count === 0));
  assert.match(html, /<rect class="bar no-growth"[^>]*height="160.0">/, 'the zero bar is drawn as no growth, full height');
  assert.match(html, /7 leerlingen, 7 zonder groei/);
});
