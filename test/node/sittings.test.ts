// components/core/sitting-cells.ts and sittings.ts: the cells of a pupil-tracking export (moments, dates, scores, absent
// marks, levels), its columns, and the pairing of sittings into periods; and findHeaderRow below title lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHeaderRow } from '../../components/core/csv.js';
import type { LzmDataError } from '../../components/core/errors.js';
import { dayText, groupName, isCombinationGroup, parseDay, parseMoment, parseSchoolYear, schoolYearOf, sittingScore } from '../../components/core/sitting-cells.js';
import { isSittingTable, SittingCollector, sittingColumns, type SittingPair } from '../../components/core/sittings.js';

const messageOf = (action: () => unknown, lang: 'nl' | 'en' = 'nl') => {
  try {
    action();
  } catch (error) {
    return (error as LzmDataError).format(lang);
  }
  return 'no error';
};

test('scores: numbers with decimal commas, blank → undefined, absent marks → null, levels and text are errors', () => {
  assert.equal(sittingScore('123', 'a.csv', 2, 5), 123);
  assert.equal(sittingScore('45,5', 'a.csv', 2, 5), 45.5);
  assert.equal(sittingScore('', 'a.csv', 2, 5), undefined);
  for (const mark of ['-', 'afw.', 'Afw', 'afwezig', 'ziek', 'n.v.t.', 'x', 'X']) assert.equal(sittingScore(mark, 'a.csv', 2, 5), null, mark);
  for (const level of ['IV', 'III', 'V+', 'A', 'D-', '1F', '2F', '<1F', '1S', 'M4', 'E5']) {
    assert.equal(messageOf(() => sittingScore(level, 'a.csv', 7, 10)), `a.csv:7:10: "${level}" is een niveau, geen score: gebruik de kolom Vaardigheidsscore`, level);
  }
  assert.equal(messageOf(() => sittingScore('IV', 'a.csv', 7, 10), 'en'), 'a.csv:7:10: "IV" is a level, not a score: use the ability-score column (Vaardigheidsscore)');
  assert.equal(messageOf(() => sittingScore('veel', 'a.csv', 3, 4)), 'a.csv:3:4: "veel" is geen score (een afwezige leerling mag "-", "afw.", "afwezig", "ziek", "n.v.t." of "x" hebben)');
  assert.equal(messageOf(() => sittingScore('1.234,5', 'a.csv', 3, 4), 'en'), 'a.csv:3:4: "1.234,5" is not a number: leave out the thousands separator (1234,5)');
});

test('dates: dd-mm-jjjj, d-m-jj, jjjj-mm-dd (a time after it is ignored); no date is an error', () => {
  const day = parseDay('22-01-2026');
  assert.equal(dayText(day), '22-01-2026');
  assert.equal(parseDay('22-1-26'), day);
  assert.equal(parseDay('2026-01-22'), day);
  assert.equal(parseDay('22/01/2026 09:30'), day);
  assert.equal(parseDay('09-06-2026') - day, 138);
  assert.equal(messageOf(() => parseDay('31-02-2026', 'a.csv', 4, 9)), 'a.csv:4:9: "31-02-2026" is geen datum (verwacht: dd-mm-jjjj, d-m-jj of jjjj-mm-dd)');
  assert.equal(messageOf(() => parseDay('januari', 'a.csv', 4, 9), 'en'), 'a.csv:4:9: "januari" is not a date (expected: dd-mm-yyyy, d-m-yy or yyyy-mm-dd)');
  assert.equal(schoolYearOf(parseDay('31-07-2026')), 2025);
  assert.equal(schoolYearOf(parseDay('01-08-2026')), 2026);
  assert.equal(parseSchoolYear('2025-2026'), 2025);
  assert.equal(parseSchoolYear('25/26'), 2025);
  assert.equal(parseSchoolYear('2025-2027'), undefined);
});

test('moments: M5 / E 5 / Midden groep 5 carry their year; Midden takes the year column; other labels are labels', () => {
  assert.deepEqual(parseMoment('M5'), { kind: 'year', half: 1, year: 5 });
  assert.deepEqual(parseMoment('e 5'), { kind: 'year', half: 2, year: 5 });
  assert.deepEqual(parseMoment('B8'), { kind: 'year', half: 0, year: 8 });
  assert.deepEqual(parseMoment('Midden groep 6'), { kind: 'year', half: 1, year: 6 });
  assert.deepEqual(parseMoment('Eind', 4), { kind: 'year', half: 2, year: 4 });
  assert.deepEqual(parseMoment('Midden'), { kind: 'half', half: 1 });
  assert.deepEqual(parseMoment('Toets 1'), { kind: 'label' });
  assert.equal(groupName('Groep 5/6'), '5/6');
  assert.equal(groupName('groep 3a'), '3a');
  assert.ok(isCombinationGroup('5/6') && isCombinationGroup('1/2A') && !isCombinationGroup('5A'));
});

test('columns: the alias table finds Cito-, IEP- and Boom-like headers; other columns are named as ignored', () => {
  const cito = sittingColumns(['Leerlingnummer', 'Achternaam', 'Roepnaam', 'Groep', 'Jaargroep', 'Leergebied', 'Toetsversie', 'Afnamedatum', 'Vaardigheidsscore', 'Niveau', 'Percentiel']);
  assert.deepEqual(cito?.columns, { pupil: 0, lastName: 1, infix: undefined, firstName: 2, group: 3, year: 4, subject: 5, moment: 6, date: 7, score: 8, schoolYear: undefined });
  assert.deepEqual(cito?.ignored, ['Niveau', 'Percentiel']);
  const iep = sittingColumns(['Leerling', 'Klas', 'Leerjaar', 'Toets', 'Afnamemoment', 'Ontwikkelscore', 'Referentieniveau']);
  assert.deepEqual(iep?.columns, { pupil: 0, lastName: undefined, infix: undefined, firstName: undefined, group: 1, year: 2, subject: 3, moment: 4, date: undefined, score: 5, schoolYear: undefined });
  const boom = sittingColumns(['Achternaam', 'Tussenvoegsel', 'Roepnaam', 'Groepsnaam', 'Vak', 'Datum', 'Score']);
  assert.equal(boom?.columns.lastName, 0);
  assert.equal(boom?.columns.pupil, undefined);
  assert.equal(boom?.columns.date, 5);
  assert.equal(isSittingTable(['leerling', 'groep', 'vak', 'voormeting', 'nameting']), false, 'a wide pre/post file is not one');
  assert.ok(!isSittingTable(['discipline', 'score', 'moment']), 'a survey summary is no pupil export');
});

test('the header row is found below title lines (one with ":" and no delimiter), with its own delimiter', () => {
  const text = 'Leerling in Beeld: groepsoverzicht\r\nSchooljaar 2025-2026;;;\r\n\r\nLeerlingnummer;Groep;Toets;Toetsversie;Vaardigheidsscore\r\n1;5A;Spelling;M5;120\r\n';
  assert.deepEqual(findHeaderRow(text), { line: 4, delimiter: ';' });
  assert.deepEqual(findHeaderRow('leerling,groep,vak,voormeting,nameting\n1,5A,rekenen,1,2\n'), { line: 1, delimiter: ',' });
  // No known header in the first 20 lines: the first non-blank line, as before (its errors stay the same).
  assert.deepEqual(findHeaderRow('\n\nfoo|bar\n1|2\n'), { line: 3, delimiter: ';' });
  const late = `${Array.from({ length: 20 }, (_, i) => `titel ${i}`).join('\n')}\nleerling;groep;vak;voormeting;nameting\n`;
  assert.equal(findHeaderRow(late).line, 1, 'a header below line 20 is not looked for');
});

/** Feeds rows (header first) into a collector and returns its pairs, sorted, and its errors. */
function pairsOf(files: Array<{ name: string; rows: string[][] }>): { pairs: SittingPair[]; errors: string[] } {
  const collector = new SittingCollector(true);
  const errors: string[] = [];
  for (const { name, rows } of files) {
    const reader = collector.begin(rows[0], name)!;
    rows.slice(1).forEach((values, index) => {
      try {
        reader.read({ line: index + 2, values });
      } catch (error) {
        errors.push((error as LzmDataError).format('nl'));
      }
    });
  }
  const pairs: SittingPair[] = [];
  errors.push(...collector.pair((pair) => pairs.push({ ...pair })).map((error) => error.format('nl')));
  pairs.sort((a, b) => a.pupil.localeCompare(b.pupil) || a.rank - b.rank);
  return { pairs, errors };
}

const brief = (pair: SittingPair) => `${pair.pupil} ${pair.group} ${pair.period}: ${pair.pre ?? '·'} → ${pair.post ?? '·'}`;

test('pairing: consecutive sittings per pupil × subject, across files and school years; a missed sitting is missing for its periods only', () => {
  const header = ['leerlingnummer', 'groep', 'jaargroep', 'vak', 'toetsmoment', 'afnamedatum', 'vaardigheidsscore'];
  const { pairs, errors } = pairsOf([
    { name: '2024.csv', rows: [header,
      ['p1', '5A', '5', 'rekenen', 'M5', '20-01-2025', '100'], ['p1', '5A', '5', 'rekenen', 'E5', '10-06-2025', '110'],
      ['p2', '5A', '5', 'rekenen', 'M5', '21-01-2025', '90'], ['p2', '5A', '5', 'rekenen', 'E5', '11-06-2025', 'afw.'],
      ['p3', '5A', '5', 'rekenen', 'M5', '20-01-2025', '95'],
    ] },
    { name: '2025.csv', rows: [header,
      ['p1', '6A', '6', 'rekenen', 'M6', '19-01-2026', '120'],
      ['p2', '6A', '6', 'rekenen', 'M6', '19-01-2026', '105'],
      ['p3', '6A', '6', 'rekenen', 'M6', '19-01-2026', '104'],
    ] },
  ]);
  assert.deepEqual(errors, []);
  assert.deepEqual(pairs.map(brief), [
    'p1 5A M → E 2024-2025: 100 → 110',
    'p1 6A E 2024-2025 → M 2025-2026: 110 → 120',
    'p2 5A M → E 2024-2025: 90 → ·',
    'p2 6A E 2024-2025 → M 2025-2026: · → 105',
    // p3 missed E5: missing in M → E (pre only); E → M has no E for p3 and is not invented.
    'p3 5A M → E 2024-2025: 95 → ·',
  ]);
  assert.equal(pairs[0].months!.toFixed(2), ((parseDay('10-06-2025') - parseDay('20-01-2025')) / 30.4375).toFixed(2));
  assert.equal(pairs[0].file, '2024.csv');
  assert.equal(pairs[1].file, '2025.csv');
  assert.ok(pairs[0].rank < pairs[1].rank, 'periods in time order');
});

test('pairing: date-only sittings a few days apart are one test window, so pupils tested on different days pair alike', () => {
  const header = ['achternaam', 'roepnaam', 'groep', 'vak', 'datum', 'score'];
  const { pairs, errors } = pairsOf([{ name: 'boom.csv', rows: [header,
    ['Jansen', 'Sem', '4B', 'spelling', '12-01-2026', '30'], ['Jansen', 'Sem', '4B', 'spelling', '15-06-2026', '38'],
    ['Bakker', 'Tess', '4B', 'spelling', '16-01-2026', '28'], ['Bakker', 'Tess', '4B', 'spelling', '19-06-2026', '33'],
    ['Visser', 'Mila', '4B', 'spelling', '22-01-2026', '25'], ['Visser', 'Mila', '4B', 'spelling', '24-06-2026', '31'],
  ] }]);
  assert.deepEqual(errors, []);
  assert.deepEqual(pairs.map(brief), [
    'Mila Visser 4B 01-2026 → 06-2026: 25 → 31',
    'Sem Jansen 4B 01-2026 → 06-2026: 30 → 38',
    'Tess Bakker 4B 01-2026 → 06-2026: 28 → 33',
  ]);
});

test('pairing: IEP-like Midden/Eind with a year column; labels in file order; a combination group keeps its pupils\' year', () => {
  const iep = pairsOf([{ name: 'iep.csv', rows: [['leerling', 'groep', 'leerjaar', 'toets', 'moment', 'ontwikkelscore'],
    ['a', 'Groep 5/6', '5', 'rekenen', 'Midden', '50'], ['a', 'Groep 5/6', '5', 'rekenen', 'Eind', '57'],
    ['b', 'Groep 5/6', '6', 'rekenen', 'Eind', '66'], ['b', 'Groep 5/6', '6', 'rekenen', 'Midden', '60'],
  ] }]);
  assert.deepEqual(iep.errors, []);
  assert.deepEqual(iep.pairs.map((pair) => `${brief(pair)} (jaargroep ${pair.year})`), ['a 5/6 M → E: 50 → 57 (jaargroep 5)', 'b 5/6 M → E: 60 → 66 (jaargroep 6)']);
  const labels = pairsOf([{ name: 'eigen.csv', rows: [['leerling', 'groep', 'vak', 'meetmoment', 'score'],
    ['a', '7A', 'taal', 'Toets herfst', '10'], ['b', '7A', 'taal', 'Toets herfst', '12'], ['a', '7A', 'taal', 'Toets lente', '14'], ['b', '7A', 'taal', 'Toets lente', '13'],
  ] }]);
  assert.deepEqual(labels.pairs.map(brief), ['a 7A Toets herfst → Toets lente: 10 → 14', 'b 7A Toets herfst → Toets lente: 12 → 13']);
  assert.equal(labels.pairs[0].months, undefined, 'labels say nothing about time');
});

test('pairing errors: two sittings at one moment, moments that cannot be ordered, summary rows skipped, empty pupil', () => {
  const header = ['leerlingnummer', 'groep', 'vak', 'toetsversie', 'vaardigheidsscore'];
  const twice = pairsOf([{ name: 'a.csv', rows: [header, ['1', '5A', 'rekenen', 'M5', '100'], ['1', '5A', 'rekenen', 'E5', '110'], ['1', '5A', 'rekenen', 'M5', '104']] }]);
  assert.deepEqual(twice.errors, ['a.csv:4:1: dezelfde leerling heeft twee afnames rekenen op moment M5 (regel 2 en regel 4)']);
  assert.deepEqual(twice.pairs, [], 'a pupil with a double sitting is not counted');
  const mixed = pairsOf([{ name: 'b.csv', rows: [header, ['1', '5A', 'rekenen', 'M5', '100'], ['2', '5A', 'rekenen', 'Toets 2', '110']] }]);
  assert.deepEqual(mixed.errors, ['b.csv:3:4: toetsmoment "Toets 2" past niet bij de andere momenten van rekenen ("M5", regel 2): gebruik één soort (M5/E5 of Begin/Midden/Eind met jaargroep, of alleen datums), anders is de volgorde niet te bepalen']);
  const collector = new SittingCollector();
  const reader = collector.begin(header, 'c.csv')!;
  reader.read({ line: 2, values: ['1', '5A', 'rekenen', 'M5', '100'] });
  reader.read({ line: 3, values: ['Gemiddelde', '', '', '', '100'] });
  reader.read({ line: 4, values: ['', 'Totaal groep 5A', '', '', '100'] });
  assert.deepEqual({ rows: reader.stats.summaryRows, first: reader.stats.firstSummaryLine }, { rows: 2, first: 3 });
  assert.equal(messageOf(() => reader.read({ line: 5, values: ['', '5A', 'rekenen', 'M5', '100'] }), 'en'), 'c.csv:5:1: column "leerlingnummer" is empty: without a pupil the sittings cannot be paired');
});

test('<lzm-barometer>\'s reader takes a long export too (same pairing): the example export\'s 3A · Spelling d matches the independent computation', async () => {
  const { readFileSync } = await import('node:fs');
  const { decodeBytes } = await import('../../components/core/decode.js');
  const { parseCsv } = await import('../../components/core/csv.js');
  const { readingFromLoaded } = await import('../../components/barometer/barometer.data.js');
  const expected = JSON.parse(readFileSync('test/fixtures/lvs/expected.json', 'utf8')) as { groups: Record<string, { n: number; d: number }> };
  const table = await parseCsv(decodeBytes(readFileSync('examples/lvs/lvs-export.csv')), 'lvs-export.csv');
  assert.equal(table.headers[0], 'Leerlingnummer', 'the title lines are skipped');
  for (const [name, asked] of [['3A · Spelling', '3A'], ['8B · Woordenschat', 'Groep 8B']]) {
    const [, subject] = name.split(' · ');
    // The group as the export writes it ("Groep 8B") or as the dashboard shows it ("3A").
    const reading = readingFromLoaded({ kind: 'csv', file: 'lvs-export.csv', table }, { group: asked, subject, minGroup: 5 });
    assert.equal(reading.n, expected.groups[name].n, name);
    assert.ok(Math.abs(reading.value! - expected.groups[name].d) < 1e-9, name);
  }
});

test('parseCsv (the elements\' reader): a row of only delimiters is skipped without shifting the next rows\' line numbers', async () => {
  const { parseCsv } = await import('../../components/core/csv.js');
  const table = await parseCsv('Titel: export\r\nleerling;groep;vak;voormeting;nameting\r\n;;;;\r\nL1;5A;rekenen;1;2\r\n\r\nL2;5A;rekenen;3;4\r\n', 'x.csv');
  assert.deepEqual(table.headers, ['leerling', 'groep', 'vak', 'voormeting', 'nameting']);
  assert.deepEqual(table.rows.map((row) => row.line), [4, 6]);
});

test('findHeaderRow: a data row with two equal known names ("D;D", groups called D) is not taken for the header', () => {
  assert.deepEqual(findHeaderRow('"Aa";"aB";"A0";"AC"\r\n;D;D;\r\n;;;-'), { line: 1, delimiter: ';' });
  assert.equal(findHeaderRow('Schooljaar 2025-2026\nleerling;groep;vak;voormeting;nameting\n').line, 2, 'two different known names still make the header');
});
