import { expect } from '@open-wc/testing';
import { parseCsv } from './csv.js';
import { decodeBytes } from './decode.js';
import { LzmDataError } from './errors.js';
import { fieldOf, mapColumns, normalizeHeader } from './headers.js';
import { influencesFromCsv, findInfluence } from './influences.js';
import { detectFormat, loadSource, parseJson, positionOf } from './load.js';
import { formatNumber, t, toLang, langOf } from './locale.js';
import { parseNumber } from './numbers.js';
import { impactOf, pupilRowReader } from './pupils.js';

const fixture = (name: string) => `/test/fixtures/${name}`;

async function expectDataError(promise: Promise<unknown> | (() => unknown)): Promise<LzmDataError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).to.be.instanceOf(LzmDataError);
    return error as LzmDataError;
  }
  throw new Error('expected an LzmDataError');
}

describe('numbers', () => {
  it('reads both decimal marks and a real minus sign', () => {
    expect(parseNumber('0,62')).to.equal(0.62);
    expect(parseNumber('0.62')).to.equal(0.62);
    expect(parseNumber('-0,2')).to.equal(-0.2);
    expect(parseNumber('\u22120.2')).to.equal(-0.2);
    expect(parseNumber(' 12 ')).to.equal(12);
    expect(parseNumber('')).to.equal(undefined);
  });

  it('refuses text, lists and thousands separators with the cell position', async () => {
    for (const bad of ['n.v.t.', '-', '8,5,1', 'NaN', 'Infinity']) {
      const error = await expectDataError(() => parseNumber(bad, { file: 'x.csv', line: 3, column: 2 }));
      expect(error.format('nl')).to.equal(`x.csv:3:2: "${bad}" is geen getal`);
    }
    for (const [bad, plain] of [['1.234,5', '1234,5'], ['1,234.5', '1234.5'], ['12 345', '12345']]) {
      const error = await expectDataError(() => parseNumber(bad, { file: 'x.csv', line: 3, column: 2 }));
      expect(error.format('nl')).to.equal(`x.csv:3:2: "${bad}" is geen getal: laat het scheidingsteken voor duizendtallen weg (${plain})`);
      expect(error.format('en')).to.equal(`x.csv:3:2: "${bad}" is not a number: leave out the thousands separator (${plain})`);
    }
  });
});

describe('decode', () => {
  it('decodes Windows-1252 (Dutch Excel) without replacement characters', async () => {
    const bytes = new Uint8Array(await (await fetch(fixture('leerlingen-win1252.csv'))).arrayBuffer());
    const text = decodeBytes(bytes);
    expect(text).to.include('Zoë').and.include('Daniëlle').and.include('Anaïs');
    expect(text).not.to.include('\uFFFD');
  });

  it('strips a UTF-8 BOM and reads UTF-16', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).to.equal('a');
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).to.equal('a');
    expect(decodeBytes(new TextEncoder().encode('Zoë'))).to.equal('Zoë');
  });
});

describe('headers', () => {
  it('matches aliases case-, accent- and separator-insensitively', () => {
    expect(normalizeHeader(' Effect_Size ')).to.equal('effect size');
    expect(fieldOf('EFFECT-SIZE', ['effectSize'])).to.equal('effectSize');
    expect(fieldOf('Effectgrootte', ['effectSize'])).to.equal('effectSize');
    expect(fieldOf('Klas', ['group'])).to.equal('group');
    expect(fieldOf('Voormeting', ['pre'])).to.equal('pre');
  });

  it('names the missing column and the accepted spellings', async () => {
    const error = await expectDataError(() => mapColumns(['influence', 'size'], ['influence', 'effectSize'], [], 'e.csv'));
    expect(error.format('en')).to.equal('e.csv:1: missing column "effectgrootte" (accepted: effectgrootte, effect_size, effect size, d, es)');
    expect(error.format('nl')).to.equal('e.csv:1: kolom "effectgrootte" ontbreekt (geaccepteerd: effectgrootte, effect_size, effect size, d, es)');
  });
});

describe('csv', () => {
  it('reads the Windows-1252 influences export: ;, decimal comma, CRLF, line numbers', async () => {
    const loaded = await loadSource(fixture('invloeden-win1252.csv'));
    expect(loaded.kind).to.equal('csv');
    if (loaded.kind !== 'csv') return;
    expect(loaded.table.delimiter).to.equal(';');
    const influences = influencesFromCsv(loaded.table, loaded.file);
    expect(influences.map((i) => i.d)).to.deep.equal([0.18, 0.75, 1.44, 1.13, 1.33, -0.18]);
    expect(influences[4].name).to.equal("Zelfrapportage van cijfers (Zoë's klas)");
    expect(loaded.table.rows[0].line).to.equal(2);
  });

  it('reads a UTF-8 BOM file with commas, quoted fields containing the delimiter and blank lines', async () => {
    const loaded = await loadSource(fixture('pupils-utf8-bom.csv'));
    if (loaded.kind !== 'csv') throw new Error('csv expected');
    expect(loaded.table.delimiter).to.equal(',');
    expect(loaded.table.headers).to.deep.equal(['pupil', 'group', 'subject', 'pre', 'post']);
    const read = pupilRowReader(loaded.table.headers, loaded.file);
    const rows = loaded.table.rows.map(read);
    expect(rows).to.have.length(10);
    expect(rows[0].pupil).to.equal('Zoë, jr.');
    // The blank line after the 4th pupil shifts the 5th pupil to line 7.
    expect(rows[4].line).to.equal(7);
  });

  it('detects tabs and ignores trailing delimiters', async () => {
    const tabs = await parseCsv('influence\teffect size\nFeedback\t0.62\n');
    expect(tabs.delimiter).to.equal('\t');
    const trailing = await parseCsv('invloed;effectgrootte;\nFeedback;0,62;\n');
    expect(trailing.headers).to.deep.equal(['invloed', 'effectgrootte']);
    expect(trailing.rows[0].values).to.deep.equal(['Feedback', '0,62']);
  });

  it('gives file:line:column for text in a number column', async () => {
    const loaded = await loadSource(fixture('bad-number.csv'));
    if (loaded.kind !== 'csv') throw new Error('csv expected');
    const error = await expectDataError(() => influencesFromCsv(loaded.table, loaded.file));
    expect(error.format('nl')).to.equal('bad-number.csv:7:2: "n.v.t." is geen getal');
    expect(error.format('en')).to.equal('bad-number.csv:7:2: "n.v.t." is not a number');
  });

  it('reports an unterminated quote, an empty file and a header-only file', async () => {
    expect((await expectDataError(loadSource(fixture('unterminated.csv')))).format('en')).to.equal(
      'unterminated.csv:2: unterminated quoted field',
    );
    expect((await expectDataError(parseCsv('  \n', 'e.csv'))).format('en')).to.equal('e.csv:1: the file is empty');
    expect((await expectDataError(parseCsv('a;b\n', 'h.csv'))).format('en')).to.equal(
      'h.csv:2: the file has a header row but no data',
    );
  });

  it('refuses binary data', async () => {
    const error = await expectDataError(parseCsv('PK\u0003\u0004\u0000\u0000', 'x.csv'));
    expect(error.code).to.equal('binary');
  });
});

describe('json and loading', () => {
  it('detects the format by content type, extension, then content', () => {
    expect(detectFormat('a;b', 'x', 'application/json')).to.equal('json');
    expect(detectFormat('[1]', 'x.csv')).to.equal('csv');
    expect(detectFormat(' {"a":1}', 'data')).to.equal('json');
    expect(detectFormat('a,b', 'data')).to.equal('csv');
  });

  it('gives line and column of a JSON syntax error', async () => {
    const error = await expectDataError(loadSource(fixture('bad-json.json')));
    expect(error.format('en')).to.equal('bad-json.json:4:1: invalid JSON: unexpected character "}"');
    expect(positionOf('ab\ncd', 4)).to.deep.equal({ line: 2, column: 2 });
    expect((await expectDataError(() => parseJson('{"a": [1, 2', 'j.json'))).format('nl')).to.equal(
      'j.json:1:12: ongeldige JSON: het bestand houdt te vroeg op',
    );
  });

  it('reports a missing file by name and status', async () => {
    const error = await expectDataError(loadSource('/test/fixtures/nope.csv?x=1'));
    expect(error.format('en')).to.equal('nope.csv: could not be loaded (HTTP 404)');
  });

  it('finds an influence by name and lists what is there when not', async () => {
    const influences = [{ name: 'Feedback', d: 0.62 }, { name: 'Klassengrootte', d: 0.21 }];
    expect(findInfluence(influences, ' feedback ').d).to.equal(0.62);
    const error = await expectDataError(() => findInfluence(influences, 'Huiswerk', 'i.csv'));
    expect(error.format('nl')).to.equal('i.csv: "Huiswerk" niet gevonden (aanwezig: Feedback, Klassengrootte)');
  });
});

describe('pupils', () => {
  it('computes d from the Windows-1252 pupil export and counts missing post-tests', async () => {
    const loaded = await loadSource(fixture('leerlingen-win1252.csv'));
    if (loaded.kind !== 'csv') throw new Error('csv expected');
    const rows = loaded.table.rows.map(pupilRowReader(loaded.table.headers, loaded.file));
    expect(rows[1].pupil).to.equal('Daniëlle');
    const group6A = impactOf(rows.filter((row) => row.group === '6A'));
    expect(group6A.n).to.equal(5);
    expect(group6A.missing).to.equal(1);
    expect(group6A.stats!.d).to.be.closeTo(0.3008839939729249, 1e-12);
  });
});

describe('locale', () => {
  it('formats numbers per language with a real minus sign', () => {
    expect(formatNumber(0.62, 'nl')).to.equal('0,62');
    expect(formatNumber(0.62, 'en')).to.equal('0.62');
    expect(formatNumber(-0.2, 'nl', 1)).to.equal('\u22120,2');
    expect(t('nl', 'error.notANumber', { value: 'x' })).to.equal('"x" is geen getal');
  });

  it('resolves language from the element or its ancestors, defaulting to nl', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('fr')).to.equal('nl');
    const outer = document.createElement('div');
    outer.lang = 'en';
    const inner = document.createElement('span');
    outer.append(inner);
    expect(langOf(inner)).to.equal('en');
    expect(langOf(document.createElement('span'))).to.equal('nl');
  });
});
