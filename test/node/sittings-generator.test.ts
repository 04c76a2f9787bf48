// Pupil-tracking exports through the generator (issue 14): a Cito-like export with title lines, an
// average row and absent marks, IEP-, Boom- and OSO-like files, combination groups, several school
// years across files. Every group × subject d is checked against an independent computation:
// test/fixtures/lvs/expected.json is written by test/fixtures/lvs/independent.py (Python's csv module
// and plain arithmetic, not this code), the other files against a two-pass computation in this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type GenerateOptions } from '../../generator/generate.js';
import { readHinge } from '../../generator/hinge.js';
import { readInput, readInputWhole } from '../../generator/read.js';
import { PupilSection } from '../../generator/sections/pupils.js';
import type { Problems, Section, Settings } from '../../generator/sections/section.js';
import { filesText, htmlText } from '../helpers/page-text.js';

const work = mkdtempSync(join(tmpdir(), 'lzm-sittings-'));
function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

type Reader = (path: string, sections: Section[], problems: Problems) => Promise<unknown>;

/** Reads files into a pupil section as generate() does (rows, then finish) and returns it with its problems. */
async function section(paths: string[], options: Partial<Settings> = {}, read: Reader = (path, sections, problems) => readInput(path, sections, problems)) {
  const problems: Problems = { errors: [], warnings: [], lang: 'nl' };
  const settings: Settings = { lang: 'nl', hinge: 0.4, minGroup: 5, keepPupils: false, ...options };
  const pupils = new PupilSection(settings, problems);
  for (const path of paths) await read(path, [pupils], problems);
  pupils.finish();
  pupils.collectWarnings();
  return { pupils, problems, errors: problems.errors.map((error) => error.format('nl')), warnings: problems.warnings.map((warning) => warning.text) };
}

/** Independent two-pass d over pairs: (mean post − mean pre) / √((sd_pre² + sd_post²) / 2), sample SDs. */
function d(pairs: Array<[number, number]>): number {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
  const pre = pairs.map(([a]) => a);
  const post = pairs.map(([, b]) => b);
  return (mean(post) - mean(pre)) / Math.sqrt((sd(pre) ** 2 + sd(post) ** 2) / 2);
}

/** group · subject · period → { n, d } of every cell with a d. */
function cellsOf(pupils: PupilSection): Map<string, { n: number; d: number; missing: number; hinge: number }> {
  return new Map(pupils.rows().flatMap((row) => row.periods).filter((result) => result.stats)
    .map(({ cell, stats, hinge }) => [`${cell.group} · ${cell.subject} · ${cell.period}`, { n: stats!.n, d: stats!.d, missing: cell.missing, hinge }]));
}

test('the example export (examples/lvs/lvs-export.csv) as the system wrote it: every group × subject d matches the independent computation', async () => {
  const expected = JSON.parse(readFileSync('test/fixtures/lvs/expected.json', 'utf8')) as { groups: Record<string, { n: number; d: number }>; subjects: Record<string, { n: number; d: number }> };
  const { pupils, errors, warnings } = await section(['examples/lvs/lvs-export.csv']);
  assert.deepEqual(errors, []);
  const cells = cellsOf(pupils);
  assert.equal(Object.keys(expected.groups).length, 20);
  for (const [name, { n, d: value }] of Object.entries(expected.groups)) {
    const cell = cells.get(`${name} · M → E`);
    assert.ok(cell, name);
    assert.equal(cell.n, n, name);
    assert.ok(Math.abs(cell.d - value) < 1e-9, `${name}: ${cell.d} vs ${value}`);
  }
  assert.equal(cells.size, 20, 'no other cells (no summary row read as a group, no title line as a pupil)');
  assert.deepEqual(pupils.periodLengths().map(({ period, months }) => [period, Math.round(months)]), [['M → E', 5]]);
  assert.deepEqual(pupils.schoolYears(), ['2025-2026']);
  assert.deepEqual(warnings.slice(0, 4), [
    'examples/lvs/lvs-export.csv: 3 regel(s) boven de kopregel overgeslagen (titel, schooljaar, datum)',
    'examples/lvs/lvs-export.csv: kolommen niet gebruikt: Niveau, Percentiel',
    'examples/lvs/lvs-export.csv: 1 samenvattingsrij(en) overgeslagen (Gemiddelde, Totaal, Aantal …), eerste op regel 1018',
    'examples/lvs/lvs-export.csv: 14 afwezig-markering(en) ("-", "afw." …) als ontbrekend geteld',
  ]);
  // The whole school per subject: the same pupils, the same independent d.
  const html = await htmlText((await pupils.render(undefined)).html);
  // A half-year period is not compared with the yearly hinge silently: the legend says so.
  assert.ok(html.includes('<p>Lengte van de periodes (van toetsmoment tot toetsmoment): M → E ongeveer 5 maanden.</p>'));
  // Said once for the table (it applies to every row of the period), not under each row.
  assert.ok(html.includes('Het scharnierpunt 0,40 is groei over een heel schooljaar. Een periode van een paar maanden (zoals midden → eind) laat minder groei zien'));
  for (const [subject, { n, d: value }] of Object.entries(expected.subjects)) {
    const row = html.match(new RegExp(`<tr[^>]*><th scope="row">${subject}</th><td>(\\d+)</td><td>([\\d,−-]+)</td>`));
    assert.ok(row, subject);
    assert.equal(Number(row[1]), n);
    assert.equal(row[2], value.toFixed(2).replace('.', ','));
  }
});

test('the example export reads the same streamed in tiny chunks as whole', async () => {
  const whole = await section(['examples/lvs/lvs-export.csv'], {}, readInputWhole);
  for (const chunking of [{ bytes: 7, firstChars: 50 }, { bytes: 1000, firstChars: 120 }]) {
    const streamed = await section(['examples/lvs/lvs-export.csv'], {}, (path, sections, problems) => readInput(path, sections, problems, undefined, chunking));
    assert.deepEqual([...cellsOf(streamed.pupils)], [...cellsOf(whole.pupils)]);
    assert.deepEqual(streamed.warnings, whole.warnings);
  }
});

/** Deterministic scores: pupil i of a group gets pre and post from small formulas (no randomness to share with the code). */
function scores(count: number, base: number, gain: number): Array<[number, number]> {
  return Array.from({ length: count }, (_, i) => [base + ((i * 7) % 11), base + ((i * 7) % 11) + gain + ((i * 5) % 6) - 2] as [number, number]);
}

test('IEP-like (Midden/Eind per leerjaar, ontwikkelscore), Boom-like (dates only, names in three columns) and OSO-like files', async () => {
  const iepPairs = scores(8, 40, 6);
  const iep = file('iep.csv', ['Leerling;Klas;Leerjaar;Toets;Afnamemoment;Ontwikkelscore;Referentieniveau',
    ...iepPairs.flatMap(([pre, post], i) => [`L${i};7A;7;Rekenen;Midden;${pre};1F`, `L${i};7A;7;Rekenen;Eind;${post};2F`])].join('\n'));
  const boomPairs = scores(7, 20, 4);
  const days = ['11-01-2026', '12-01-2026', '14-01-2026'];
  const boom = file('boom.csv', ['Achternaam,Tussenvoegsel,Roepnaam,Groepsnaam,Vak,Datum,Score',
    ...boomPairs.flatMap(([pre, post], i) => [`Jansen,van,Kind${i},4B,Spelling,${days[i % 3]},${pre}`, `Jansen,van,Kind${i},4B,Spelling,${10 + (i % 3)}-6-2026,${post}`])].join('\r\n'));
  const osoPairs = scores(6, 150, 3);
  const oso = file('oso.tsv', ['leerling-id\tgroep\tjaargroep\tleergebied\ttoetsversie\tafnamedatum\tvaardigheidsscore',
    ...osoPairs.flatMap(([pre, post], i) => [`${900 + i}\t8A\t8\tBegrijpend lezen\tM8\t2026-01-20\t${pre}`, `${900 + i}\t8A\t8\tBegrijpend lezen\tB8\t2025-10-01\t${post - 20}`])].join('\n'));
  const { pupils, errors } = await section([iep, boom, oso]);
  assert.deepEqual(errors, []);
  const cells = cellsOf(pupils);
  assert.ok(Math.abs(cells.get('7A · Rekenen · M → E')!.d - d(iepPairs)) < 1e-12);
  assert.ok(Math.abs(cells.get('4B · Spelling · 01-2026 → 06-2026')!.d - d(boomPairs)) < 1e-12, [...cells.keys()].join(', '));
  // B8 (October) comes before M8 (January), whatever the file order.
  assert.ok(Math.abs(cells.get('8A · Begrijpend lezen · B → M')!.d - d(osoPairs.map(([pre, post]) => [post - 20, pre]))) < 1e-12);
  assert.equal(cells.get('4B · Spelling · 01-2026 → 06-2026')!.n, 7, 'pupils tested on different days pair alike');
});

test('a combination group with a year column: the group as a whole and per year group, each with its own year\'s hinge; never "groep Groep 5/6"', async () => {
  const five = scores(6, 100, 8);
  const six = scores(5, 120, 3);
  const rows = [
    ...five.flatMap(([pre, post], i) => [`a${i};Groep 5/6;5;Spelling;M5;${pre}`, `a${i};Groep 5/6;5;Spelling;E5;${post}`]),
    ...six.flatMap(([pre, post], i) => [`b${i};Groep 5/6;6;Spelling;M6;${pre}`, `b${i};Groep 5/6;6;Spelling;E6;${i === 0 ? 'afw.' : post}`]),
  ];
  const path = file('combi.csv', ['Leerlingnummer;Groep;Jaargroep;Leergebied;Toetsversie;Vaardigheidsscore', ...rows].join('\n'));
  const errors: Parameters<typeof readHinge>[2] = [];
  const hinges = readHinge({ default: 0.4, years: { 5: 0.5, 6: 0.3 } }, 'dashboard.json', errors);
  const { pupils, warnings } = await section([path], { hinges });
  const cells = cellsOf(pupils);
  const sixComplete = six.slice(1);
  assert.ok(Math.abs(cells.get('5/6 · Spelling · M → E')!.d - d([...five, ...sixComplete])) < 1e-12);
  assert.equal(cells.get('5/6 · Spelling · M → E')!.hinge, 0.4, 'mixed years: the default hinge');
  assert.ok(Math.abs(cells.get('5/6 (jaargroep 5) · Spelling · M → E')!.d - d(five)) < 1e-12);
  assert.equal(cells.get('5/6 (jaargroep 5) · Spelling · M → E')!.hinge, 0.5);
  assert.ok(Math.abs(cells.get('5/6 (jaargroep 6) · Spelling · M → E')!.d - d(sixComplete)) < 1e-12);
  assert.equal(cells.get('5/6 (jaargroep 6) · Spelling · M → E')!.hinge, 0.3);
  assert.equal(cells.get('5/6 (jaargroep 6) · Spelling · M → E')!.missing, 1);
  assert.ok(warnings.includes('1 leerling zonder voor- of nameting in groep 5/6 (Spelling, periode M → E), weggelaten'), warnings.join('\n'));
  const html = await htmlText((await pupils.render(undefined)).html);
  assert.ok(!/groep Groep/i.test(html + warnings.join('')));
  // The school total counts each pupil once (not again through the year-group cells).
  assert.match(html, /<th scope="row">Spelling<\/th><td>10<\/td>/);
});

test('several school years across files: periods across the summer, in time order; the page says which school years and how long each period is', async () => {
  const header = 'leerlingnummer;groep;jaargroep;vak;toetsmoment;afnamedatum;vaardigheidsscore';
  const first = scores(6, 100, 6);
  const summer = scores(6, 0, 2);
  const second = scores(6, 0, 5);
  const older = file('2024-2025.csv', [header, ...first.flatMap(([pre, post], i) => [`${i};5A;5;rekenen;M5;22-01-2025;${pre}`, `${i};5A;5;rekenen;E5;10-06-2025;${post}`])].join('\n'));
  const newer = file('2025-2026.csv', [header, ...first.flatMap(([, post], i) => [
    `${i};6A;6;rekenen;M6;21-01-2026;${post + summer[i][1] - summer[i][0]}`,
    `${i};6A;6;rekenen;E6;09-06-2026;${post + summer[i][1] - summer[i][0] + second[i][1] - second[i][0]}`,
  ])].join('\n'));
  const { pupils, errors } = await section([newer, older]);
  assert.deepEqual(errors, []);
  const [row5, row6] = pupils.rows();
  assert.deepEqual(row5.periods.map((result) => result.cell.period), ['M → E 2024-2025']);
  assert.deepEqual(row6.periods.map((result) => result.cell.period), ['E 2024-2025 → M 2025-2026', 'M → E 2025-2026']);
  assert.equal(row6.latest.cell.period, 'M → E 2025-2026', '"kijk hier eerst" reads the latest period');
  const mid = first.map(([, post], i) => post + summer[i][1] - summer[i][0]);
  assert.ok(Math.abs(row6.periods[0].stats!.d - d(first.map(([, post], i) => [post, mid[i]]))) < 1e-12);
  assert.deepEqual(pupils.periodLengths().map(({ period, months }) => `${period}: ${months.toFixed(1)}`), ['M → E 2024-2025: 4.6', 'E 2024-2025 → M 2025-2026: 7.4', 'M → E 2025-2026: 4.6']);
  assert.deepEqual(pupils.schoolYears(), ['2024-2025', '2025-2026']);
  const html = await htmlText((await pupils.render(undefined)).html);
  assert.ok(html.includes('<p>Schooljaren in deze gegevens: 2024-2025, 2025-2026.</p>'));
  assert.ok(html.includes('<p>Lengte van de periodes (van toetsmoment tot toetsmoment): M → E 2024-2025 ongeveer 5 maanden; E 2024-2025 → M 2025-2026 ongeveer 7 maanden; M → E 2025-2026 ongeveer 5 maanden.</p>'));
  assert.ok(html.includes('Het scharnierpunt 0,40 is groei over een heel schooljaar.'));
});

const defaults: Omit<GenerateOptions, 'inputs'> = { out: join(work, 'out.html'), lang: 'nl', theme: 'default', minGroup: 5, hinge: 0.4, runtime: '/* runtime */', now: new Date('2026-06-20T10:00:00Z') };

test('--pupil-report works from a long export; the dashboard has no pupil number or name from it', async () => {
  const dir = join(work, 'reports');
  const result = await generate({ ...defaults, inputs: ['examples/lvs/lvs-export.csv'], pupilReport: dir });
  assert.deepEqual(result.errors, []);
  // The sources table counts the file's rows; that number is no pupil's.
  const [dashboard, ...reports] = await filesText(result);
  const html = dashboard.content.replace(`<td>${result.sources[0].rows}</td></tr></tbody>`, '');
  const text = new TextDecoder('windows-1252').decode(readFileSync('examples/lvs/lvs-export.csv'));
  const rows = text.split('\r\n').slice(5).filter((line) => /^\d/.test(line)).map((line) => line.split(';'));
  assert.ok(rows.length > 900);
  for (const [number, family, , given] of rows) {
    assert.ok(!html.includes(`>${number}<`) && !html.includes(`"${number}"`), `pupil ${number} not in the page`);
    assert.ok(!html.includes(`${given} `) || !html.includes(family), `${given} ${family} not in the page`);
  }
  const report = reports.find((item) => item.content.includes('groep 3A'))!;
  assert.ok(report.content.includes('VERTROUWELIJK'));
  // The report lists the pupil by number (the key column), subject with its period, both scores.
  const [number] = rows.find((row) => row[4] === 'Groep 3A' && row[6] === 'Spelling')!;
  assert.match(report.content, new RegExp(`<tr><th scope="row">${number}</th><td>Spelling · M → E</td><td>[\\d,]+</td><td>[\\d,]+</td><td>[−\\d,]+</td></tr>`));
});

test('CLI-level errors in long files: file:line:column, nl and en', async () => {
  const path = file('fout.csv', 'Leerlingnummer;Groep;Leergebied;Toetsversie;Afnamedatum;Vaardigheidsscore\n1;5A;Rekenen;M5;22-01-2026;III\n2;5A;Rekenen;M5;32-01-2026;120\n');
  const result = await generate({ ...defaults, inputs: [path] });
  assert.deepEqual(result.errors.map((error) => error.format('en')), [
    `${path}:2:6: "III" is a level, not a score: use the ability-score column (Vaardigheidsscore)`,
    `${path}:3:5: "32-01-2026" is not a date (expected: dd-mm-yyyy, d-m-yy or yyyy-mm-dd)`,
  ]);
  assert.equal(result.errors[0].format('nl'), `${path}:2:6: "III" is een niveau, geen score: gebruik de kolom Vaardigheidsscore`);
});

test('a wide ParnasSys "dynamisch overzicht" through dashboard.json\'s column map: pairs per subject, levels beside them ignored, the Gemiddelde footer skipped', async () => {
  const dir = join(work, 'parnassys');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'overzicht.csv'), readFileSync('test/fixtures/parnassys-overzicht.csv'));
  writeFileSync(join(dir, 'dashboard.json'), JSON.stringify({
    kolommen: {
      leerling: 'Leerling', groep: 'Groep', jaargroep: 'Jaargroep', periode: 'M → E',
      vakken: { 'Rekenen-Wiskunde': { voor: 'RW M (vs)', na: 'RW E (vs)' }, Spelling: { voor: 'SP M (vs)', na: 'SP E (vs)' } },
    },
  }));
  // Independent: split the lines by hand, keep pupils with both numbers.
  const lines = new TextDecoder('windows-1252').decode(readFileSync('test/fixtures/parnassys-overzicht.csv')).split('\r\n').slice(4).filter((line) => line && !line.startsWith('Gemiddelde'));
  const pairsAt = (pre: number, post: number) => lines.map((line) => line.split(';')).filter((cells) => /^\d+$/.test(cells[pre]) && /^\d+$/.test(cells[post])).map((cells) => [Number(cells[pre]), Number(cells[post])] as [number, number]);
  const result = await generate({ ...defaults, minGroup: 5, inputs: [dir] });
  assert.deepEqual(result.errors.map((error) => error.format('nl')), []);
  assert.ok(result.warnings.includes(`${join(dir, 'overzicht.csv')}: 2 regel(s) boven de kopregel overgeslagen (titel, schooljaar, datum)`), result.warnings.join('\n'));
  assert.ok(result.warnings.includes(`${join(dir, 'overzicht.csv')}: kolommen niet gebruikt: RW M (niv), RW E (niv), SP M (niv), SP E (niv)`));
  assert.ok(result.warnings.includes(`${join(dir, 'overzicht.csv')}: 1 samenvattingsrij(en) overgeslagen (Gemiddelde, Totaal, Aantal …), eerste op regel 17`));
  const { pupils } = await section([join(dir, 'overzicht.csv')], { columns: (await import('../../generator/config.js')).readConfig(JSON.parse(readFileSync(join(dir, 'dashboard.json'), 'utf8')), 'dashboard.json', ['pupils'], []).columns });
  const cells = cellsOf(pupils);
  assert.deepEqual([...cells.keys()], ['6A · Rekenen-Wiskunde · M → E', '6A · Spelling · M → E']);
  assert.equal(cells.get('6A · Rekenen-Wiskunde · M → E')!.n, 11);
  assert.ok(Math.abs(cells.get('6A · Rekenen-Wiskunde · M → E')!.d - d(pairsAt(3, 5))) < 1e-12);
  assert.ok(Math.abs(cells.get('6A · Spelling · M → E')!.d - d(pairsAt(7, 9))) < 1e-12);
  assert.equal(cells.get('6A · Spelling · M → E')!.missing, 1, 'the absent mark is missing, counted');
  // A typo in the map is an error, not a silent fallback.
  const errors: Parameters<typeof readHinge>[2] = [];
  (await import('../../generator/config.js')).readConfig({ columns: { pupil: 'Leerling', group: 'Groep', subject: {} } }, 'dashboard.json', ['pupils'], errors);
  assert.equal(errors[0].format('en').split(': ')[0], 'dashboard.json:1:1');
});

test('a wide pre/post file\'s jaargroep column is read as the year (not ignored): its hinge per year applies', async () => {
  const pairs = scores(6, 30, 4);
  const path = file('wide-jaargroep.csv', ['leerling;groep;vak;voormeting;nameting;jaargroep', ...pairs.map(([pre, post], i) => `L${i};5A;rekenen;${pre};${post};5`)].join('\n'));
  const hinges = readHinge({ years: { 5: 0.55 } }, 'dashboard.json', []);
  const { pupils } = await section([path], { hinges });
  const cell = cellsOf(pupils).get('5A · rekenen · ')!;
  assert.equal(cell.hinge, 0.55);
  assert.ok(Math.abs(cell.d - d(pairs)) < 1e-12);
});
