import { expect } from '@open-wc/testing';
import { histogram } from './histogram.js';

describe('histogram', () => {
  it('counts values in [from, to) bins with open bins at both ends', () => {
    const bins = histogram([-3, -1, -0.5, 0, 0.24, 0.25, 0.3, 0.99, 1, 7, NaN], -0.5, 1, 0.25);
    expect(bins.map((bin) => [bin.from, bin.to])).to.deep.equal([
      [-Infinity, -0.5], [-0.5, -0.25], [-0.25, 0], [0, 0.25], [0.25, 0.5], [0.5, 0.75], [0.75, 1], [1, Infinity],
    ]);
    expect(bins.map((bin) => bin.count)).to.deep.equal([2, 1, 0, 2, 2, 0, 1, 2]);
  });

  it('with zeroBin, exact zeros get a bin of their own between "below 0" and "above 0"', () => {
    const bins = histogram([0, 0, -0, 0.1, -0.1, 0.25], -0.5, 1, 0.25, { zeroBin: true });
    expect(bins.map((bin) => [bin.from, bin.to, bin.count])).to.deep.equal([
      [-Infinity, -0.5, 0], [-0.5, -0.25, 0], [-0.25, 0, 1], [0, 0, 3], [0, 0.25, 1], [0.25, 0.5, 1], [0.5, 0.75, 0], [0.75, 1, 0], [1, Infinity, 0],
    ]);
    // Without it a zero gain is counted as growth (0 to 0.25), as before.
    expect(histogram([0], -0.5, 1, 0.25)[3]).to.deep.equal({ from: 0, to: 0.25, count: 1 });
  });

  it('keeps a value that sits on a boundary after floating-point rounding in the bin it starts', () => {
    const bins = histogram([0.1 + 0.2, 0.7], 0, 1, 0.1);
    expect(bins[4].count).to.equal(1);
    expect(bins[8].count).to.equal(1);
  });
});
