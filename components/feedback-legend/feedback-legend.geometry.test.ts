import { expect } from '@open-wc/testing';
import { DOT, barWidth, shapePath } from './feedback-legend.geometry.js';
import { SHAPES, defaultEntry } from './feedback-legend.model.js';
import { shapeOf } from './feedback-legend.data.js';

/** Corner points of a path made of M/L/H/V commands (circles are checked apart). */
function points(path: string): [number, number][] {
  const result: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MLHV])([^MLHVZa]*)/g)) {
    const n = args.split(/[ ,]/).filter(Boolean).map(Number);
    if (command === 'H') x = n[0];
    else if (command === 'V') y = n[0];
    else [x, y] = n;
    result.push([x, y]);
  }
  return result;
}

const box = (ps: [number, number][]) => {
  const xs = ps.map(([x]) => x);
  const ys = ps.map(([, y]) => y);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
};

describe('feedback legend geometry', () => {
  it('every shape stays inside the dot box and is roughly centred', () => {
    for (const shape of SHAPES.filter((s) => s !== 'circle')) {
      const b = box(points(shapePath(shape)));
      expect(b.minX, shape).to.be.at.least(0);
      expect(b.minY, shape).to.be.at.least(0);
      expect(b.maxX, shape).to.be.at.most(DOT);
      expect(b.maxY, shape).to.be.at.most(DOT);
      expect((b.minX + b.maxX) / 2, shape).to.be.closeTo(DOT / 2, 0.5);
      expect((b.minY + b.maxY) / 2, shape).to.be.closeTo(DOT / 2, 0.5);
    }
  });

  it('draws distinct outlines: corners per shape', () => {
    expect(points(shapePath('square'))).to.have.length(4);
    expect(points(shapePath('triangle'))).to.have.length(3);
    expect(points(shapePath('diamond'))).to.have.length(4);
    expect(points(shapePath('star'))).to.have.length(10);
    expect(points(shapePath('cross'))).to.have.length(12);
    expect(shapePath('circle')).to.equal('M2,10a8,8 0 1,0 16,0a8,8 0 1,0 -16,0Z');
    // The star alternates outer (9) and inner (3.8) radii.
    const radii = points(shapePath('star')).map(([x, y]) => Math.hypot(x - 10, y - 10.86));
    radii.forEach((r, i) => expect(r).to.be.closeTo(i % 2 ? 3.8 : 9, 0.02));
    expect(new Set(SHAPES.map(shapePath)).size).to.equal(SHAPES.length);
  });

  it('knows shape words in Dutch and English and their signs', () => {
    expect(shapeOf('rondje')).to.equal('circle');
    expect(shapeOf('Cirkel')).to.equal('circle');
    expect(shapeOf('vierkantje')).to.equal('square');
    expect(shapeOf('triangle')).to.equal('triangle');
    expect(shapeOf('ruitje')).to.equal('diamond');
    expect(shapeOf('★')).to.equal('star');
    expect(shapeOf('kruisje')).to.equal('cross');
    expect(shapeOf('x')).to.equal('cross');
    expect(shapeOf('xylofoon')).to.equal(undefined);
    expect(shapeOf('?')).to.equal(undefined);
  });

  it('the default card: six entries, six colours, six shapes', () => {
    const entries = [1, 2, 3, 4, 5, 6].map(defaultEntry);
    expect(entries.map((e) => e.name[1])).to.deep.equal(['rood', 'blauw', 'groen', 'oranje', 'paars', 'roze']);
    expect(new Set(entries.map((e) => e.shape)).size).to.equal(6);
    expect(entries[0].rgb).to.deep.equal([211, 47, 47]);
  });

  it('draws count bars in proportion to the most given dot, none without counts', () => {
    expect(barWidth(4, 8)).to.equal(50);
    expect(barWidth(8, 8)).to.equal(100);
    expect(barWidth(0, 8)).to.equal(0);
    expect(barWidth(0, 0)).to.equal(0);
  });
});
