import { expect } from '@open-wc/testing';
import { parseData } from '../core/load.js';
import type { LzmDataError } from '../core/errors.js';
import { entriesFromData, entriesFromLoaded, parseColor } from './feedback-legend.data.js';

const summary = (entries: ReturnType<typeof entriesFromData>) =>
  entries.map((e) => [e.number, e.name[1], e.shape ?? e.glyph, e.meaning ?? null, e.count ?? null]);

function errorOf(action: () => unknown): LzmDataError {
  try {
    action();
  } catch (error) {
    return error as LzmDataError;
  }
  throw new Error('expected an error');
}

describe('feedback legend data', () => {
  it('reads objects with Dutch or English keys; shapes fill in where none is given', () => {
    const entries = entriesFromData({
      items: [
        { Kleur: 'rood', Betekenis: 'Fout', Symbool: 'driehoek' },
        { colour: 'blue', meaning: 'Explain' },
        { color: 'groen', text: 'Bijna', shape: 'x', count: 3 },
      ],
    });
    // The second entry gets the first shape no other entry uses: circle.
    expect(summary(entries)).to.deep.equal([
      [1, 'rood', 'triangle', 'Fout', null],
      [2, 'blauw', 'circle', 'Explain', null],
      [3, 'groen', 'cross', 'Bijna', 3],
    ]);
  });

  it('sorts by number and lets rows without a colour refer to the default card', () => {
    const entries = entriesFromData([
      { nummer: 4, aantal: '2' },
      { nummer: 2, betekenis: 'Eigen woorden bij blauw' },
    ]);
    expect(summary(entries)).to.deep.equal([
      [2, 'blauw', 'square', 'Eigen woorden bij blauw', null],
      [4, 'oranje', 'diamond', null, 2],
    ]);
  });

  it('reads colours: names, hex, and (in a browser) any CSS colour, named after the nearest table colour', () => {
    expect(parseColor('Light Blue').rgb).to.deep.equal([79, 195, 247]);
    expect(parseColor('#C62828')).to.deep.include({ rgb: [198, 40, 40] });
    expect(parseColor('#C62828').name[1]).to.equal('rood');
    expect(parseColor('rebeccapurple').rgb).to.deep.equal([102, 51, 153]);
    expect(parseColor('rgb(0 0 255)').name[2]).to.equal('blue');
    expect(errorOf(() => parseColor('transparent')).key).to.equal('legend.unknownColor');
  });

  it('cites the cell of each mistake', () => {
    const cases: [unknown, string][] = [
      [[{ kleur: 'rood', betekenis: 'a' }, { kleur: 'blauwig', betekenis: 'b' }], '2: onbekende kleur "blauwig": gebruik een kleurnaam (rood, blauw, groen, …) of een CSS-kleur zoals #d32f2f'],
      [[{ nummer: 1, kleur: 'rood', betekenis: 'a' }, { nummer: '1', kleur: 'blauw', betekenis: 'b' }], '2: nummer 1 komt twee keer voor (eerder op regel 1)'],
      [[{ kleur: 'rood', betekenis: 'a' }, { nummer: 1, kleur: 'blauw', betekenis: 'b' }], '2: nummer 1 komt twee keer voor (eerder op regel 1)'],
      [[{ nummer: 0, kleur: 'rood', betekenis: 'a' }], '1: "0" is geen geheel getal vanaf 1'],
      [[{ kleur: 'rood', betekenis: 'a', aantal: 'veel' }], '1: "veel" is geen getal'],
      [[], 'onverwachte JSON: [ { "kleur": …, "betekenis": …, "symbool": … }, … ] verwacht'],
      [['rood'], '1: onverwachte JSON: [ { "kleur": …, "betekenis": …, "symbool": … }, … ] verwacht'],
    ];
    for (const [data, message] of cases) expect(errorOf(() => entriesFromData(data)).format('nl')).to.equal(message);
  });

  it('a CSV needs a colour, meaning or count column', async () => {
    const loaded = await parseData('Opmerking;Vorm\r\nNiet goed;rondje\r\n', 'legenda.csv');
    expect(errorOf(() => entriesFromLoaded(loaded)).format('en')).to.equal(
      'legenda.csv:1: missing column "kleur" (accepted: kleur, colour, color)',
    );
    const meaningsOnly = await parseData('nummer;betekenis\n3;Bijna goed\n', 'eigen-woorden.csv');
    expect(summary(entriesFromLoaded(meaningsOnly))).to.deep.equal([[3, 'groen', 'triangle', 'Bijna goed', null]]);
  });
});
