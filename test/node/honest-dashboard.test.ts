// Issue 11 in the dashboard: n, CI, d_z, r and reading notes beside every d; d per period;
// the school's own hinge per subject and year (dashboard.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type GenerateOptions } from '../../generator/generate.js';
import { hingeFor, readHinge } from '../../generator/hinge.js';
import { periodOrder } from '../../generator/sections/pupils.js';
import type { LzmDataError } from '../../components/core/errors.js';
import { filesText } from '../helpers/page-text.js';
import { findTag } from './tags.js';

const work = mkdtempSync(join(tmpdir(), 'lzm-honest-'));
const defaults: Omit<GenerateOptions, 'inputs'> = { out: join(work, 'out.html'), lang: 'nl', theme: 'default', minGroup: 5, hinge: 0.4, runtime: '/* runtime */', now: new Date('2026-01-15T10:00:00Z') };

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

async function page(inputs: string[], options: Partial<GenerateOptions> = {}) {
  const result = await generate({ ...defaults, ...options, inputs });
  assert.deepEqual(result.errors.map((error) => error.format('en')), []);
  return (await filesText(result))[0].content;
}

type Item = { name: string; value: number; n: number; ciLow: number; ciHigh: number };
const dataOf = (html: string) => JSON.parse(html.match(/<script type="application\/json" id="lzm-data">(.*?)<\/script>/s)![1]) as Record<string, Item | Item[]>;
/** The rows of the period plot of one series ("5B · rekenen"), as the element gets them. */
const seriesOf = (html: string, series: string) => {
  const id = html.match(new RegExp(`<div class="figure period-row" data-series="${series}"><lzm-effect-plot id="([^"]+)"`))![1];
  return dataOf(html)[id] as Item[];
};
const nl = (x: number) => x.toFixed(2).replace('.', ',').replace('-', '\u2212');

/**
 * The cells (th and td) of each body row of the first table with this class; a row's reading
 * notes (the short labels in its "Kanttekening" cell) are in `notes`.
 */
function tableRows(html: string, className: string): Array<string[] & { notes: string[] }> {
  const table = html.match(new RegExp(`<table class="${className}">.*?</table>`, 's'))![0];
  const body = table.slice(table.indexOf('<tbody>'));
  const rows: Array<string[] & { notes: string[] }> = [];
  for (const [, , content] of body.matchAll(/<tr([^>]*)>(.*?)<\/tr>/gs)) {
    const notes = [...content.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    rows.push(Object.assign([...content.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => cell[1]), { notes }));
  }
  return rows;
}

// Three periods of group 5B, written out of order (P10, P2, P1) as an export may list them; 4A has
// only four pupils in P2 (hidden). Windows-1252, ';', decimal commas, CRLF, as Dutch Excel saves.
const P1 = { pre: [52, 48, 61, 55, 47, 58, 50, 63, 44, 57], post: [60, 55, 66, 63, 50, 64, 58, 70, 49, 66] };
const P2 = { pre: [40, 45, 38, 52, 41, 36, 48, 33, 44, 39, 50, 35], post: [43, 47, 40, 53, 45, 37, 49, 36, 45, 42, 51, 38] };
const P10 = { pre: [20, 25, 22, 30, 18, 27], post: [26, 24, 29, 31, 19, 33] };
const NAMES = ['Zoë Jansen', 'Noël Bakker', 'Chloë Smit', 'René Bos', 'Anaïs Vos', 'Sem de Boer', 'Daan Mulder', 'Lotte Visser', 'Emma Dekker', 'Joël Brouwer', 'Maël Peters', 'Inès Koç'];

function periodCsv(): Buffer {
  const lines = ['leerling;groep;vak;voormeting;nameting;leerjaar;periode'];
  const add = (group: string, period: string, { pre, post }: { pre: number[]; post: number[] }) =>
    pre.forEach((value, i) => lines.push(`${NAMES[i]} (LN${2000 + i});${group};rekenen;${value},0;${post[i]};5;${period}`));
  add('5B', 'P10', P10);
  add('5B', 'P2', P2);
  add('5B', 'P1', P1);
  add('4A', 'P1', P1);
  add('4A', 'P2', { pre: P2.pre.slice(0, 4), post: P2.post.slice(0, 4) });
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}

// Expected values computed independently in python3 with the textbook two-pass formulas
// (statistics.mean/stdev; pooled SD = √((sd_pre² + sd_post²)/2); SE = √((1/n + d²/2n)·2(1 − r));
// d_z = mean gain / sd of gains), e.g. for P2:
//   pre=[40,45,38,52,41,36,48,33,44,39,50,35]; post=[43,47,40,53,45,37,49,36,45,42,51,38]
//   → n 12, d 0.3583, CI 0.2654–0.4511, d_z 1.9226, r 0.9873
// P1 and P10 are the worked examples "groep 5B, rekenen" and "kleine groep" of docs/effect-sizes.md.
const EXPECTED = {
  P1: { n: 10, d: 0.9867, ciLow: 0.7958, ciHigh: 1.1776, dz: 3.5911, r: 0.9681 },
  P2: { n: 12, d: 0.3583, ciLow: 0.2654, ciHigh: 0.4511, dz: 1.9226, r: 0.9873 },
  P10: { n: 6, d: 0.693, ciLow: 0.0731, ciHigh: 1.313, dz: 0.9844, r: 0.758 },
};

test('periods sort by label with numbers by value, or in dashboard.json order', () => {
  assert.deepEqual(periodOrder(['P10', 'P2', 'P1']), ['P1', 'P2', 'P10']);
  assert.deepEqual(periodOrder(['2026-01', '2025-09', '2025-11']), ['2025-09', '2025-11', '2026-01']);
  assert.deepEqual(periodOrder(['sep-jan', 'feb-jun', 'extra'], ['sep-jan', 'feb-jun']), ['sep-jan', 'feb-jun', 'extra']);
  assert.deepEqual(periodOrder(['E5', 'M5', 'M6'], ['M5', 'E5', 'M6']), ['M5', 'E5', 'M6']);
});

test('d per period in period order: table, the period plot and element data match python3', async () => {
  const html = await page([file('periodes.csv', periodCsv())]);
  const rows = tableRows(html, 'periods').filter((cells) => cells[0] === '5B');
  assert.deepEqual(rows.map((cells) => cells[2]), ['P1', 'P2', 'P10']);
  for (const [index, period] of (['P1', 'P2', 'P10'] as const).entries()) {
    const want = EXPECTED[period];
    const cells = rows[index];
    // Groep, Vak, Periode, n, Ontbreekt, d, g, 95%-BI, d_z, r, Zone
    assert.equal(cells[3], String(want.n));
    assert.equal(cells[5], nl(want.d));
    assert.equal(cells[7], `${nl(want.ciLow)} – ${nl(want.ciHigh)}`);
    assert.equal(cells[8], nl(want.dz));
    assert.equal(cells[9], nl(want.r));
    const item = seriesOf(html, '5B · rekenen').find((entry) => entry.name === period)!;
    for (const key of ['d', 'ciLow', 'ciHigh'] as const) {
      const got = key === 'd' ? item.value : item[key];
      // Published with the two decimals the page shows (issue 17).
      assert.ok(Math.abs(got - want[key]) <= 0.005 + 5e-5 && Math.abs(got * 100 - Math.round(got * 100)) < 1e-9, `${period} ${key}: ${got} vs python ${want[key]}`);
    }
    assert.equal(item.n, want.n);
  }
  // The period plot of 5B has them in the same order, unsorted.
  assert.deepEqual(seriesOf(html, '5B · rekenen').map((item) => item.name), ['P1', 'P2', 'P10']);
  assert.ok(findTag(html, 'lzm-effect-plot', { id: /^pupils-period-\d+$/, lang: 'nl', hinge: '0.4', sort: 'none', label: '5B · rekenen' }));
  // The group table's headline is the latest period.
  const headline = tableRows(html, 'groups').find((cells) => cells[0] === '5B')!;
  assert.deepEqual(headline.slice(0, 4), ['5B', 'rekenen', 'P10', '6']);
});

test('a period under min-group shows no number: not in the table, the plot or the element data', async () => {
  const html = await page([file('periodes-privacy.csv', periodCsv())]);
  const row = tableRows(html, 'periods').find((cells) => cells[0] === '4A' && cells[2] === 'P2')!;
  assert.deepEqual(row.slice(3), ['minder dan 5 leerlingen']);
  assert.deepEqual(seriesOf(html, '4A · rekenen').map((item) => item.name), ['P1']);
  assert.match(html, /data-series="4A · rekenen">.*?<\/lzm-effect-plot><p class="hint">P2: minder dan 5 leerlingen<\/p><\/div>/s);
  // The group table's headline for 4A is its latest period, P2: hidden too.
  assert.deepEqual(tableRows(html, 'groups').find((cells) => cells[0] === '4A')!.slice(2), ['P2', 'minder dan 5 leerlingen']);
});

test('reading notes: a small group whose CI crosses the hinge gets them, a clear case none; growth-not-cause once', async () => {
  const html = await page([file('periodes-notes.csv', periodCsv())]);
  const rows = tableRows(html, 'periods').filter((cells) => cells[0] === '5B');
  const notes = (row: { notes: string[] }) => row.notes;
  assert.deepEqual(notes(rows[0]), [], 'P1: d 0,99, CI 0,80–1,18, n 10, r 0,97: nothing to add');
  assert.deepEqual(notes(rows[1]), ['BI omvat het scharnierpunt'], 'P2: CI 0,27–0,45 includes 0,40');
  assert.deepEqual(notes(rows[2]), ['BI omvat het scharnierpunt', 'kleine groep'], 'P10: CI 0,07–1,31, n 6');
  // Said once per table, above it: what each short note means.
  const periods = html.match(/<table class="periods">/)!.index!;
  const legend = html.lastIndexOf('<div class="reading-legend"><p>Kanttekeningen in deze tabel:</p>', periods);
  assert.ok(legend > 0 && !html.slice(legend, periods).includes('<table'), 'the notes legend sits right above the period table');
  assert.match(html.slice(legend, periods), /<li>“BI omvat het scharnierpunt”: .*?<\/li><li>“kleine groep”: minder dan 10 leerlingen: één leerling verandert het getal flink; lees het met zorg\.<\/li>/);
  // The same notes beside the headline in the group table.
  assert.deepEqual(notes(tableRows(html, 'groups').find((cells) => cells[0] === '5B')!), notes(rows[2]));
  assert.equal(html.split('Eén groep met een voor- en nameting meet groei, niet wat die groei veroorzaakte.').length - 1, 1);
  const en = await page([file('periodes-notes-en.csv', periodCsv())], { lang: 'en' });
  assert.ok(en.includes('<li>small group</li>'));
  assert.ok(en.includes('<li>“small group”: fewer than 10 pupils: one pupil moves the number a lot; read it with care.</li>'));
  assert.equal(en.split('One group with a pre- and post-test measures growth, not what caused it.').length - 1, 1);
});

test('no pupil name or id appears in a dashboard with periods', async () => {
  const html = await page([file('periodes-names.csv', periodCsv())]);
  for (const [i, name] of NAMES.entries()) {
    assert.ok(!html.includes(name), name);
    assert.ok(!html.includes(`LN${2000 + i}`), `id LN${2000 + i}`);
  }
});

// Two subjects of one group, no periods: rekenen d 0,99 (CI 0,80–1,18), taal d 0,36 (CI 0,27–0,45).
function subjectsCsv(): string {
  const lines = ['leerling;groep;vak;voormeting;nameting;leerjaar'];
  P1.pre.forEach((pre, i) => lines.push(`L${i};5B;rekenen;${pre};${P1.post[i]};5`));
  P2.pre.forEach((pre, i) => lines.push(`L${i};5B;taal;${pre};${P2.post[i]};5`));
  return lines.join('\n');
}

async function withConfig(name: string, config: unknown, options: Partial<GenerateOptions> = {}) {
  const dir = mkdtempSync(join(work, `${name}-`));
  writeFileSync(join(dir, 'leerlingen.csv'), subjectsCsv());
  if (config !== undefined) writeFileSync(join(dir, 'dashboard.json'), JSON.stringify(config));
  return page([dir], options);
}

const lookFirst = (html: string) => [...html.match(/<div class="look-first">.*?<\/div>/s)![0].matchAll(/<li>(5B · \w+): d = /g)].map((m) => m[1]);
const groupRow = (html: string, subject: string) => html.match(new RegExp(`<tr([^>]*)><th scope="row">5B</th><td>${subject}</td>(.*?)</tr>`))!;

test('a per-subject hinge from dashboard.json changes zones, markers, "look here first", notes and the barometer', async () => {
  const plain = await withConfig('plain', undefined);
  assert.deepEqual(lookFirst(plain), ['5B · taal']);
  assert.equal(groupRow(plain, 'rekenen')[1], '');
  assert.match(plain, /<th scope="row">rekenen<\/th><td>10<\/td>.*?<td>zone van gewenste effecten<\/td><td><\/td><\/tr>/, 'no note for a clear case');
  assert.ok(plain.includes('<p>Scharnierpunt: 0,40.</p>'));
  assert.ok(!plain.includes('<th scope="col">Scharnierpunt</th>'), 'no hinge column when every row has the same hinge');

  const own = await withConfig('own', { hinge: { subjects: { Rekenen: 1 } } });
  assert.deepEqual(lookFirst(own), ['5B · taal', '5B · rekenen']);
  const [, flag, cells] = groupRow(own, 'rekenen');
  assert.equal(flag, ' class="under"');
  assert.match(cells, /<td>1,00<\/td><td><ul class="notes"><li>BI omvat het scharnierpunt<\/li><\/ul><\/td>$/);
  assert.deepEqual(tableRows(own, 'groups')[0].notes, ['BI omvat het scharnierpunt']);
  assert.match(own, /<li>Met deze groepsgrootte is dit niet te onderscheiden van het scharnierpunt \(1,00\): het 95%-BI loopt van 0,80 tot 1,18\.<\/li>/);
  assert.match(own, /<th scope="row">rekenen<\/th><td>10<\/td>.*?<td>1,00<\/td><td>leerkrachteffecten<\/td>/);
  assert.ok(findTag(own, 'lzm-barometer', { id: 'pupils-subject-0', lang: 'nl', hinge: '1' }));
  assert.match(own, /<lzm-barometer id="pupils-subject-0"[^>]*><template shadowrootmode="open">/, 'drawn on the server');
  assert.ok(own.includes('Scharnierpunt: 0,40, behalve waar de school een eigen norm heeft (dashboard.json): Rekenen 1,00.'));
  assert.ok(own.includes('<p>Groepen met een effectgrootte onder hun scharnierpunt:</p>'));
  assert.match(own, /5B · rekenen: d = 0,99 \(n = 10; 95%-BI 0,80 – 1,18; d_z = 3,59; r = 0,97; scharnierpunt 1,00\)/);
});

test('a hinge for a subject that is not in the data is warned about, not published', async () => {
  const dir = mkdtempSync(join(work, 'typo-'));
  writeFileSync(join(dir, 'leerlingen.csv'), subjectsCsv());
  writeFileSync(join(dir, 'dashboard.json'), JSON.stringify({ hinge: { subjects: { rekenn: 0.5, taal: 0.3 } } }));
  const result = await generate({ ...defaults, inputs: [dir] });
  assert.deepEqual(result.warnings, ['dashboard.json: scharnierpunt voor vak "rekenn", maar dat vak staat niet in de gegevens (wel: rekenen, taal)']);
  assert.ok(!(await filesText(result))[0].content.includes('staat niet in de gegevens'));
});

test('a per-year hinge applies to the rows of that leerjaar; subject in a year beats year, year beats the default', async () => {
  const year = await withConfig('year', { scharnierpunt: { leerjaren: { 5: 0.3 } } });
  assert.deepEqual(lookFirst(year), [], 'taal d 0,36 is above year 5’s 0,30');
  assert.ok(year.includes('<p>Geen groep onder het scharnierpunt.</p>'));
  assert.ok(year.includes('(dashboard.json): leerjaar 5 0,30.'));
  const both = await withConfig('both', { hinge: { years: { 5: 0.3 }, subjects: { taal: { default: 0.3, years: { '05': 0.5 } } } } });
  assert.deepEqual(lookFirst(both), ['5B · taal'], 'taal in year 5: 0,50');
  assert.ok(both.includes('taal in leerjaar 05 0,50'));
});

test('--hinge given wins over dashboard.json "default"; without it the config default is the hinge', async () => {
  const config = { hinge: { default: 0.3 } };
  const fromConfig = await withConfig('default', config, { hinge: undefined });
  assert.ok(fromConfig.includes('<p>Scharnierpunt: 0,30.</p>'));
  assert.deepEqual(lookFirst(fromConfig), []);
  const fromCli = await withConfig('cli', config, { hinge: 0.5 });
  assert.ok(fromCli.includes('<p>Scharnierpunt: 0,50.</p>'));
  assert.deepEqual(lookFirst(fromCli), ['5B · taal']);
});

test('hingeFor: precedence and name matching; readHinge refuses a misspelt key', () => {
  const errors: LzmDataError[] = [];
  const rule = readHinge({ default: 0.45, subjects: { 'Begrijpend Lezen': 0.5, rekenen: { years: { 8: 0.6 } } }, years: { '8': 0.35 } }, 'dashboard.json', errors)!;
  assert.deepEqual(errors, []);
  assert.equal(hingeFor(rule, 0.4, 'begrijpend lezen', '8'), 0.5, 'subject beats year');
  assert.equal(hingeFor(rule, 0.4, 'rekenen', '8'), 0.6, 'subject in that year');
  assert.equal(hingeFor(rule, 0.4, 'rekenen', '7'), 0.4, 'no subject default, no year 7: the default');
  assert.equal(hingeFor(rule, 0.4, 'taal', '08'), 0.35, 'year "08" is year 8');
  assert.equal(hingeFor(undefined, 0.4, 'taal', '8'), 0.4);
  assert.equal(readHinge(0.5, 'dashboard.json', errors)!.default, 0.5);
  for (const bad of [{ subject: { rekenen: 0.5 } }, { subjects: { rekenen: 'hoog' } }, { years: [0.4] }, 'veel']) {
    const found: LzmDataError[] = [];
    assert.equal(readHinge(bad, 'dashboard.json', found), undefined);
    assert.equal(found[0].format('nl'), 'dashboard.json:1:1: dashboard.json: "hinge": 0.4, of { "default": 0.4, "subjects": { "rekenen": 0.5 }, "years": { "8": 0.45 } }');
  }
});

test('a bad "hinge" in dashboard.json stops the run with its location', async () => {
  const dir = mkdtempSync(join(work, 'bad-'));
  writeFileSync(join(dir, 'leerlingen.csv'), subjectsCsv());
  writeFileSync(join(dir, 'dashboard.json'), '{"hinge": {"vak": {"rekenen": 0.5}}}');
  const result = await generate({ ...defaults, inputs: [dir] });
  assert.deepEqual(result.errors.map((error) => error.format('en')), [`${join(dir, 'dashboard.json')}:1:1: dashboard.json: "hinge": 0.4, of { "default": 0.4, "subjects": { "rekenen": 0.5 }, "years": { "8": 0.45 } }`]);
});

test('--pupil-report with periods: one line per pupil per period, the gain in that period’s SD', async () => {
  const result = await generate({ ...defaults, inputs: [file('periodes-report.csv', periodCsv())], pupilReport: join(work, 'reports') });
  const [dashboard, ...reports] = await filesText(result);
  const report = reports.find((item) => item.content.includes('groep 5B'))!.content;
  assert.ok(report.includes('<th scope="row">Zoë Jansen (LN2000)</th><td>rekenen · P10</td><td>20,0</td><td>26,0</td>'));
  // P1, first pupil: (60 − 52) / pooled SD 6,6891 (docs/effect-sizes.md, "groep 5B, rekenen") = 1,20.
  assert.ok(report.includes('<th scope="row">Zoë Jansen (LN2000)</th><td>rekenen · P1</td><td>52,0</td><td>60,0</td><td>1,20</td>'));
  assert.ok(!dashboard.content.includes('Zoë'));
});
