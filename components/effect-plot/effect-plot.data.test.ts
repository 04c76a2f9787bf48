import { expect } from '@open-wc/testing';
import { rowsFromData, rowsFromLoaded } from './effect-plot.data.js';
import { typedRows, visibleRows } from './effect-plot.rows.js';
import { parseCsv } from '../core/csv.js';
import { LzmDataError } from '../core/errors.js';

const rows = rowsFromData([
  { name: 'Feedback', value: 0.75, ciLow: 0.58, ciHigh: 0.92, n: 27 },
  { naam: 'Ëigen verwachtingen', effectgrootte: '1,33' },
  { name: 'Huiswerk', d: 0.29 },
  { name: 'Televisie', value: -0.18 },
  { name: 'Faalangst', value: 0.75 },
]);

describe('effect-plot data', () => {
  it('reads .data with the influences reader: aliases, decimal commas, optional CI and n', () => {
    expect(rows[0]).to.deep.equal({ index: 0, name: 'Feedback', value: 0.75, ciLow: 0.58, ciHigh: 0.92, n: 27 });
    expect(rows[1]).to.deep.equal({ index: 1, name: 'Ëigen verwachtingen', value: 1.33, ciLow: undefined, ciHigh: undefined, n: undefined });
    expect(rowsFromData({ influences: [{ name: 'x', value: 0.1 }] })).to.have.length(1);
  });

  it('throws the reader\'s errors, with the row', () => {
    const error = (() => {
      try {
        rowsFromData([{ name: 'a', value: 1 }, { name: 'b', value: 'veel' }], 'lijst.json');
      } catch (caught) {
        return caught as LzmDataError;
      }
      return undefined;
    })();
    expect(error).to.be.instanceOf(LzmDataError);
    expect(error!.format('en')).to.equal('lijst.json:2: "veel" is not a number');
  });

  it('reads a loaded CSV', async () => {
    const table = await parseCsv('invloed;effectgrootte;n;ci_laag;ci_hoog\nFeedback;0,62;27;0,41;0,83\n', 'x.csv');
    expect(rowsFromLoaded({ kind: 'csv', file: 'x.csv', table })).to.deep.equal([
      { index: 0, name: 'Feedback', value: 0.62, ciLow: 0.41, ciHigh: 0.83, n: 27 },
    ]);
  });

  it('recognises typed rows without the reader, with exactly the reader\'s result', () => {
    const typed = [
      { name: 'Feedback', value: 0.75, ciLow: 0.58, ciHigh: 0.92, n: 27 },
      { name: '', value: -0.1 },
      { name: 'Huiswerk', value: 0.29, n: 3 },
    ];
    expect(typedRows(typed)).to.deep.equal(rowsFromData(typed));
    expect(typedRows([])).to.deep.equal([]);
  });

  it('leaves everything else to the reader: aliases, text numbers, null, other shapes', () => {
    for (const data of [
      [{ name: 'a', value: '0,5' }],
      [{ name: 'a', d: 0.5 }],
      [{ name: 'a', value: 0.5, ci_low: 0.1 }],
      [{ name: 'a', value: 0.5, n: null }],
      [{ value: 0.5 }],
      [{ name: 'a', value: Infinity }],
      [null],
      { influences: [{ name: 'a', value: 0.5 }] },
      { name: 'a', value: 0.5 },
    ]) {
      expect(typedRows(data), JSON.stringify(data)).to.equal(undefined);
    }
  });

  it('sorts by value (largest first, ties in data order), by name, or not at all', () => {
    expect(visibleRows(rows, 'value').map((row) => row.name)).to.deep.equal(['Ëigen verwachtingen', 'Feedback', 'Faalangst', 'Huiswerk', 'Televisie']);
    expect(visibleRows(rows, 'name').map((row) => row.name)).to.deep.equal(['Ëigen verwachtingen', 'Faalangst', 'Feedback', 'Huiswerk', 'Televisie']);
    expect(visibleRows(rows, 'none').map((row) => row.index)).to.deep.equal([0, 1, 2, 3, 4]);
    expect(rows.map((row) => row.index)).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('filters by name, ignoring case, accents and surrounding space', () => {
    expect(visibleRows(rows, 'value', '  EIGEN ').map((row) => row.name)).to.deep.equal(['Ëigen verwachtingen']);
    expect(visibleRows(rows, 'name', 'f').map((row) => row.name)).to.deep.equal(['Faalangst', 'Feedback']);
    expect(visibleRows(rows, 'value', 'geen')).to.deep.equal([]);
  });
});
