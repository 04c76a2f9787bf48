// The streaming reader (generator/read.ts: readInput → streamCsvFile) against the whole-file reader
// (readInputWhole: decodeBytes, then the same CsvReader with the text as one piece): same sections,
// numbers, warnings and errors with file:line:column, whatever the chunk size. Tiny chunks put the
// boundaries inside quoted fields, between \r and \n and inside multi-byte characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LzmDataError } from '../../components/core/errors.js';
import { parseNumber, parseNumberAt } from '../../components/core/numbers.js';
import { detectEncoding, readInput, readInputWhole, type Chunking } from '../../generator/read.js';
import { InfluenceSection } from '../../generator/sections/influences.js';
import { KeySet } from '../../generator/key-set.js';
import { RowKeys } from '../../generator/row-keys.js';
import { PupilSection, pupilKey } from '../../generator/sections/pupils.js';
import type { Problems, Section } from '../../generator/sections/section.js';

const work = mkdtempSync(join(tmpdir(), 'lzm-stream-'));
function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

type Reader = (sections: Section[], problems: Problems) => Promise<unknown>;

/** Everything a dashboard is made of after reading: sections' HTML and data, counts, messages. */
async function outcome(read: Reader) {
  const problems: Problems = { errors: [], warnings: [] };
  const settings = { lang: 'en' as const, hinge: 0.4, minGroup: 2, keepPupils: true };
  const pupils = new PupilSection(settings, problems);
  const sections: Section[] = [pupils, new InfluenceSection(settings, problems)];
  const source = await read(sections, problems);
  pupils.collectWarnings();
  return {
    source,
    errors: problems.errors.map((error) => error.format('en')),
    warnings: problems.warnings,
    summary: pupils.hasData() ? pupils.summary() : undefined,
    cells: pupils.cells.map((cell) => ({ group: cell.group, subject: cell.subject, n: cell.acc.n, missing: cell.missing, differences: cell.differences, pupils: cell.pupils })),
    rendered: await Promise.all(sections.filter((section) => section.hasData()).map((section) => section.render(undefined))),
  };
}

const CHUNKINGS: Chunking[] = [
  { bytes: 1, firstChars: 120 },
  { bytes: 2, firstChars: 120 },
  { bytes: 3, firstChars: 120 },
  { bytes: 5, firstChars: 200 },
  { bytes: 7, firstChars: 120 },
  { bytes: 64, firstChars: 120 },
  { bytes: 1000, firstChars: 120 },
  { bytes: 1 << 20, firstChars: 1 << 20 },
];

/** Reads `path` whole and streamed in every chunking; all must agree. Returns the reference. */
async function sameBothWays(path: string, chunkings = CHUNKINGS) {
  const whole = await outcome((sections, problems) => readInputWhole(path, sections, problems));
  for (const chunking of chunkings) {
    const streamed = await outcome((sections, problems) => readInput(path, sections, problems, undefined, chunking));
    assert.deepEqual(streamed, whole, `${path} in chunks of ${chunking.bytes} bytes`);
  }
  return whole;
}

const HEADER = 'leerling;groep;vak;voormeting;nameting\r\n';

/**
 * A UTF-8 pupil export with quoted fields holding `;`, `""` and CRLF, 2-, 3- and 4-byte
 * characters, blank rows, a trailing delimiter and a missing score.
 */
function trickyRows(count: number): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const group = i % 3 === 0 ? `"groep ""${i % 4}B""; ë\r\nvervolg €"` : `groep ${i % 4}A`;
    const subject = ['rekenen', 'taal', '"spelling; 😀"'][i % 3];
    const pre = `${40 + (i * 7) % 30},${i % 10}`;
    const post = i % 17 === 5 ? '' : `${45 + (i * 11) % 35},${(i * 3) % 10}`;
    rows.push(`"Zoë ""${i}"" Chloë 😀";${group};${subject};${pre};${post}${i % 5 === 0 ? ';' : ''}`);
    if (i % 23 === 0) rows.push(';;;;');
  }
  return HEADER + rows.join('\r\n') + '\r\n';
}

test('example school: the streamed reader gives the same dashboard data as the whole-file reader', async () => {
  const pupils = await sameBothWays('examples/leerlingen.csv');
  assert.ok(pupils.cells.length > 10);
  assert.deepEqual(pupils.errors, []);
  const influences = await sameBothWays('examples/invloeden.csv');
  assert.equal(influences.rendered.length, 1);
});

test('UTF-8 with quoted fields, CRLF and multi-byte characters split across chunks', async () => {
  const path = file('tricky.csv', trickyRows(240));
  assert.equal(await detectEncoding(path, { bytes: 1, firstChars: 1 }), 'utf-8');
  const result = await sameBothWays(path);
  assert.deepEqual(result.errors, []);
  assert.equal((result.source as { rows: number }).rows, 240);
  // Line breaks become LF, inside quoted fields too (issue 17: one line ending for the whole file).
  assert.ok(result.cells.some((cell) => cell.group === 'groep "0B"; ë\nvervolg €' && cell.subject === 'rekenen') && result.cells.some((cell) => cell.subject === 'spelling; 😀'));
  assert.ok(result.cells.some((cell) => cell.pupils.some((pupil) => pupil.pupil === 'Zoë "3" Chloë 😀')));
});

test('UTF-8 with BOM, and UTF-16 LE/BE with BOM, streamed', async () => {
  const text = trickyRows(60);
  await sameBothWays(file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])));
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const result = await sameBothWays(file('utf16le.csv', le));
  assert.ok(result.cells.some((cell) => cell.subject === 'spelling; 😀'));
  const be = Buffer.from(le);
  be.swap16();
  await sameBothWays(file('utf16be.csv', be));
});

test('Windows-1252: an invalid UTF-8 byte far into the file still makes the whole file Windows-1252', async () => {
  const ascii = Array.from({ length: 400 }, (_, i) => `ll-${i};5B;rekenen;${50 + (i % 9)};${55 + (i % 7)}`).join('\r\n');
  // Only ASCII until row 401, then "Zoë" and "€" as Windows-1252 bytes.
  const late = Buffer.concat([Buffer.from(HEADER + ascii + '\r\n', 'latin1'), Buffer.from([0x5a, 0x6f, 0xeb, 0x3b, 0x80, 0x20, 0x35, 0x42]), Buffer.from(';taal;50;60\r\n', 'latin1')]);
  const path = file('late-1252.csv', late);
  assert.equal(await detectEncoding(path, { bytes: 7, firstChars: 1 }), 'windows-1252');
  const result = await sameBothWays(path);
  assert.ok(result.cells.some((cell) => cell.group === '€ 5B' && cell.pupils[0].pupil === 'Zoë'));
  // Valid UTF-8 "ë" early and an invalid byte late: a UTF-8 file with a pasted Windows-1252 line.
  // Either decoding garbles a name, so both readers refuse it, pointing at the first bad line.
  const mixed = Buffer.concat([Buffer.from(HEADER + 'Zoë;5B;rekenen;50;60\r\n' + ascii + '\r\n', 'utf8'), Buffer.from([0x5a, 0x6f, 0xeb]), Buffer.from(';5B;taal;50;60\r\n', 'latin1')]);
  const mixedPath = file('mixed.csv', mixed);
  assert.equal(await detectEncoding(mixedPath, { bytes: 3, firstChars: 1 }), 'windows-1252');
  const mixedResult = await sameBothWays(mixedPath);
  assert.deepEqual(mixedResult.errors, [`${mixedPath}:403: mixed character encodings: this line is not UTF-8 while the rest of the file is; save the file again as UTF-8`]);
  // A UTF-8 sequence cut off by the end of the file is invalid too.
  const cut = file('cut.csv', Buffer.concat([Buffer.from(HEADER + 'Zoë;5B;rekenen;50;60\r\nab;5B;rekenen;51;61\r\n', 'utf8'), Buffer.from([0xc3])]));
  assert.equal(await detectEncoding(cut, { bytes: 2, firstChars: 1 }), 'windows-1252');
  await sameBothWays(cut);
});

test('errors keep their exact file:line:column when streamed (lines after multi-line quoted fields)', async () => {
  const rows = [
    '"Zoë";"groep\r\n5B";rekenen;50;60', // line 2–3
    'Noël;5B;rekenen;12a;60', // line 4: pre-test is column 4
    '', // line 5: blank
    'René;;rekenen;50;60', // line 6: empty group (column 2)
    'Sem;5B;"taal\r\n\r\n";50;6O', // line 7–9: post-test "6O" (column 5)
    'Anaïs;5B;rekenen;−0,5;+.5', // line 10: fine
  ];
  const path = file('errors.csv', HEADER + rows.join('\r\n') + '\r\n');
  const result = await sameBothWays(path);
  assert.deepEqual(result.errors, [
    `${path}:4:4: "12a" is not a number`,
    `${path}:6:2: column "groep" is empty`,
    `${path}:7:5: "6O" is not a number`,
  ]);

  const open = file('open-quote.csv', HEADER + 'Zoë;5B;rekenen;50;60\r\nNoël;"5B;rekenen;50;60\r\n' + 'Sem;5B;rekenen;50;60\r\n'.repeat(50));
  const unterminated = await sameBothWays(open);
  assert.deepEqual(unterminated.errors, [`${open}:3: unterminated quoted field`]);

  const headerOnly = await sameBothWays(file('header-only.csv', HEADER));
  assert.match(headerOnly.errors[0], /header-only\.csv:2: /);
  const empty = await sameBothWays(file('empty.csv', ''));
  assert.match(empty.errors[0], /empty\.csv:1: /);
  const blank = await sameBothWays(file('blank.csv', ' \r\n\t\r\n'));
  assert.match(blank.errors[0], /blank\.csv:1: /);
  const binary = await sameBothWays(file('binary.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])));
  assert.match(binary.errors[0], /binary\.csv:1: /);
  const unknown = await sameBothWays(file('unknown.csv', 'a;b;c\r\n1;2;3\r\n'));
  assert.match(unknown.errors[0], /unknown\.csv:1:1: /);
});

test('parseNumber (its fast path and its full rules) reads a plain decimal to the bit as Number() does, and refuses the rest at file:line:column', () => {
  const samples = ['0', '-0', '−0,0', '+5', '55,5', '55.5', '.5', ',25', '-.5', '007,50', '100', '99,9', '0,1', '0,3', '1,005', '123456789012345',
    '1234567890123456', '12345678901,2345', '0,000000000000001', '12,34567890123456', '', ' 5', '5 ', '5,', ',', '-', '+-5', '1,2,3', '1.234,5', 'n.v.t.', '12a', '6O', '−', '1e3', 'Infinity', '٣'];
  let seed = 7;
  for (let i = 0; i < 20000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const digits = String(seed % 1000000);
    const cut = seed % (digits.length + 1);
    samples.push(`${seed % 3 === 0 ? '-' : ''}${digits.slice(0, cut) || '0'}${cut < digits.length ? (seed % 2 ? ',' : '.') + digits.slice(cut) : ''}`);
  }
  // What a number is (numbers.ts): an optional sign, digits, at most one decimal point or comma.
  const plain = /^[+\-\u2212]?(\d+([.,]\d+)?|[.,]\d+)$/;
  for (const sample of samples) {
    const text = sample.trim();
    const read = () => parseNumber(sample, { file: 'f.csv', line: 3, column: 4 });
    if (text === '') assert.equal(read(), undefined);
    else if (plain.test(text)) {
      const actual = read();
      const expected = Number(text.replace(',', '.').replace('\u2212', '-'));
      assert.ok(Object.is(actual, expected), `${JSON.stringify(sample)}: ${String(actual)} ≠ ${String(expected)}`);
    } else assert.throws(read, (error: LzmDataError) => /^f\.csv:3:4: "/.test(error.format('en')), JSON.stringify(sample));
    assert.ok(Object.is(attempt(() => parseNumberAt(sample, 'f.csv', 3, 4)), attempt(read)), JSON.stringify(sample));
  }
});

/** A value, or the English text of the error thrown. */
function attempt(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return (error as LzmDataError).format('en');
  }
}

test('KeySet counts distinct pupil keys exactly as a Set does; RowKeys tells where each was first seen', () => {
  const set = new Set<number>();
  const ids = new KeySet();
  const rows = new RowKeys();
  const first = new Map<number, { file: number; line: number }>();
  const keys = Array.from({ length: 50000 }, (_, i) => pupilKey(`ll-${i % 37000}`));
  // 0 and 1 are two keys (a table that stores 0 as 1 would take them for one).
  keys.push(0, 1, 0, 1, 2 ** 53 - 1, 2 ** 21, 2 ** 21 - 1, 2 ** 21, 2 ** 53 - 1);
  keys.forEach((key, line) => {
    const size = ids.size;
    const index = ids.add(key);
    assert.equal(index < size, set.has(key));
    set.add(key);
    assert.deepEqual(rows.firstSeen(key, line % 3, line), first.get(key));
    if (!first.has(key)) first.set(key, { file: line % 3, line });
  });
  assert.equal(ids.size, set.size);
  for (const key of set) assert.ok(ids.has(key));
  assert.equal(ids.has(pupilKey('not there')), false);
});

test('fast path: unquoted pieces split here, papaparse from the first quote on; same data and line numbers', async () => {
  const plain = (from: number, to: number, newline: string) =>
    Array.from({ length: to - from }, (_, k) => {
      const i = from + k;
      return i % 97 === 3 ? '' : i % 89 === 7 ? `ll-${i};5B;rekenen;50` : `ll-${i};${i % 4}B;${['rekenen', 'taal'][i % 2]};${40 + (i % 30)},5;${45 + (i % 35)}${i % 5 === 0 ? ';' : ''}`;
    }).join(newline);
  for (const newline of ['\r\n', '\n']) {
    const header = HEADER.replace('\r\n', newline);
    // Quotes only from row 700 on: the first pieces take the fast path, the rest papaparse.
    const late = header + plain(0, 700, newline) + newline + '"Zoë ""7""";"5B\nvervolg";taal;50;60' + newline + plain(701, 900, newline) + newline;
    const result = await sameBothWays(file(`late-quote-${newline.length}.csv`, late));
    assert.ok(result.cells.some((cell) => cell.group === '5B\nvervolg'));
    // Rows with a missing score (i % 89 === 7) are reported with their line, before and after the switch.
    assert.ok(result.errors.length >= 8, result.errors.join('\n'));
    assert.ok(result.errors.some((error) => error.includes(':9:')), result.errors.join('\n')); // row 7 is line 9
    // No quote at all, and no line break at the end: all fast path.
    await sameBothWays(file(`plain-${newline.length}.csv`, header + plain(0, 300, newline)));
  }
  // A CRLF file with a bare \n inside a row: papaparse keeps it in the field; so does the fast path.
  await sameBothWays(file('bare-lf.csv', HEADER + 'a;5B;rekenen;50;6\n0\r\nb;5B;rekenen;51;61\r\n'));
  // Bare \r line breaks (old Mac): papaparse reads it all.
  await sameBothWays(file('cr.csv', HEADER.replace('\r\n', '\r') + 'a;5B;rekenen;50;60\rb;5B;rekenen;51;61\r'));
});
