import { expect } from '@open-wc/testing';
import { NewlineNormalizer, parseCsv, TextCheck } from './csv.js';
import { LzmDataError } from './errors.js';
import { mapColumns } from './headers.js';
import { influenceFromJson, influencesFromCsv } from './influences.js';
import { parseNumber } from './numbers.js';
import { wheelFromTable } from '../senge-wheel/senge-wheel.data.js';

/** Issue 17: input an attacker or a careless user gives, each refused with its place. */

function errorOf(run: () => unknown): LzmDataError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(LzmDataError);
    return error as LzmDataError;
  }
  throw new Error('expected an LzmDataError');
}

describe('hostile input (issue 17)', () => {
  it('a number of 309 digits is too large, not Infinity', () => {
    const error = errorOf(() => parseNumber('9'.repeat(309), { file: 'x.csv', line: 4, column: 2 }));
    expect(error.format('en')).to.equal(`x.csv:4:2: "${'9'.repeat(60)}…" is too large for a number`);
  });

  it('influences from JSON: n, CI order, CI around d and the size of d are checked', () => {
    const message = (value: unknown) => errorOf(() => influenceFromJson(value, 'i.json', 2)).format('en');
    expect(message({ name: 'a', value: 0.5, n: -3 })).to.equal('i.json:3: n must be a whole number of 1 or more, not "-3"');
    expect(message({ name: 'a', value: 0.5, n: 3.5 })).to.equal('i.json:3: n must be a whole number of 1 or more, not "3.5"');
    expect(message({ name: 'a', value: 0.5, ciLow: 0.9, ciHigh: 0.2 })).to.equal('i.json:3: the lower bound of the CI (0.90) is above the upper bound (0.20)');
    expect(message({ name: 'a', value: 0.5, ciLow: 0.6, ciHigh: 0.9 })).to.equal('i.json:3: the CI (0.60 – 0.90) does not contain the effect size 0.50');
    expect(message({ name: 'a', value: 1e308 })).to.equal('i.json:3: effect size "1e+308" is impossibly large (expected between −10 and 10)');
    expect(influenceFromJson({ name: 'a', value: 0.5, n: 12, ciLow: 0.5, ciHigh: 0.7 }).n).to.equal(12);
  });

  it('an influence CI with only one bound is still checked against d', () => {
    const table = { headers: ['invloed', 'effectgrootte', 'ci_hoog'], rows: [{ line: 2, values: ['a', '0,9', '0,5'] }], delimiter: ';' };
    expect(errorOf(() => influencesFromCsv(table, 'i.csv')).format('nl')).to.equal('i.csv:2:3: het BI (… – 0,50) bevat de effectgrootte 0,90 niet');
  });

  it('two columns for one field are refused: effectgrootte twice, leerling and id', () => {
    expect(errorOf(() => mapColumns(['invloed', 'effectgrootte', 'Effectgrootte'], ['influence', 'effectSize'], [], 'i.csv')).format('en'))
      .to.equal('i.csv:1:3: columns "effectgrootte" and "Effectgrootte" both mean "effectgrootte": keep one');
    expect(errorOf(() => mapColumns(['leerling', 'groep', 'id'], ['pupil', 'group'], [], 'p.csv')).format('nl'))
      .to.equal('p.csv:1:3: kolommen "leerling" en "id" betekenen allebei "leerling": laat er één over');
  });

  it('a survey with two columns for one discipline is refused (each answer would count twice)', () => {
    const table = { headers: ['Systeemdenken', 'Teamleren', 'systeem denken'], rows: [{ line: 2, values: ['3', '4', '3'] }], delimiter: ';' };
    const error = errorOf(() => wheelFromTable(table, { model: 'senge', min: 1, max: 5, minGroup: 1 }, 's.csv'));
    expect(error.format('en')).to.equal('s.csv:1:3: columns "Systeemdenken" and "systeem denken" both mean "systeem denken": keep one');
  });

  it('TextCheck finds a NUL or a BOM in any piece, with the line and column across pieces', () => {
    const nul = new TextCheck('a.csv');
    nul.push('x'.repeat(9000));
    expect(errorOf(() => nul.push('ab\u0000')).format('en')).to.equal('a.csv:1: this does not look like a text file (binary data)');
    const bom = new TextCheck('b.csv');
    bom.push('\ufeffh;e\r\nr;1\r\nr');
    bom.push(';2\r\nzz');
    expect(errorOf(() => bom.push('y\ufeffh;e')).format('en')).to.equal('b.csv:4:4: byte order mark (BOM) in the middle of the file: were two files pasted together?');
  });

  it('CRLF then LF lines: every line break becomes LF, also a CR at the end of a piece', () => {
    const whole = new NewlineNormalizer();
    expect(whole.push('a\r\nb\nc\rd\r\n') + whole.end()).to.equal('a\nb\nc\nd\n');
    const normalizer = new NewlineNormalizer();
    expect([normalizer.push('a\r'), normalizer.push('\nb\r'), normalizer.push('c\r'), normalizer.end()].join('')).to.equal('a\nb\nc\n');
  });

  it('a CSV with CRLF lines then LF lines keeps its rows apart and its line numbers', async () => {
    const table = await parseCsv('invloed;effectgrootte\r\nA;0,1\r\nB;0,2\nC;0,3\nD;x\n', 'm.csv').catch((error: LzmDataError) => error);
    expect(table).to.not.be.instanceOf(LzmDataError);
    const { rows } = table as Exclude<typeof table, LzmDataError>;
    expect(rows.map((row) => [row.line, ...row.values])).to.deep.equal([[2, 'A', '0,1'], [3, 'B', '0,2'], [4, 'C', '0,3'], [5, 'D', 'x']]);
  });
});
