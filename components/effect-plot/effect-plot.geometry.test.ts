import { expect } from '@open-wc/testing';
import { PLOT, PLOT_UNITS, ROW_HEIGHT, axisTicks, fractionOf, offScale, rowCenter, scaleOf, whiskerPath, xPercent, xUnits } from './effect-plot.geometry.js';

const scale = { min: -0.2, max: 1.2 };

describe('effect-plot geometry', () => {
  it('takes the scale from the data, never narrower than −0,2…1,2, ending on whole ticks', () => {
    expect(scaleOf([])).to.deep.equal({ min: -0.2, max: 1.2 });
    expect(scaleOf([{ value: 0.3 }, { value: 0.9, ciLow: 0.7, ciHigh: 1.1 }])).to.deep.equal({ min: -0.2, max: 1.2 });
    expect(scaleOf([{ value: 1.44 }, { value: -0.18, ciLow: -0.33, ciHigh: 0 }])).to.deep.equal({ min: -0.4, max: 1.6 });
    // CI ends count as much as values.
    expect(scaleOf([{ value: 1, ciLow: 0.4, ciHigh: 2.3 }]).max).to.equal(2.5);
  });

  it('keeps given ends and extends only the others', () => {
    expect(scaleOf([{ value: 1.44 }], -0.2, 1.2)).to.deep.equal({ min: -0.2, max: 1.2 });
    expect(scaleOf([{ value: 1.44 }], 0)).to.deep.equal({ min: 0, max: 1.6 });
  });

  it('maps values linearly onto the plot area, clamped', () => {
    expect(fractionOf(0.5, scale)).to.be.closeTo(0.5, 1e-12);
    expect(fractionOf(1.44, scale)).to.equal(1);
    expect(fractionOf(-5, scale)).to.equal(0);
    expect(xPercent(-0.2, scale)).to.equal(PLOT.left * 100);
    expect(xPercent(1.2, scale)).to.equal(PLOT.right * 100);
    expect(xPercent(0.5, scale)).to.be.closeTo(((PLOT.left + PLOT.right) / 2) * 100, 1e-3);
    expect(xUnits(0.4, scale)).to.equal(Math.round((0.6 / 1.4) * PLOT_UNITS * 10) / 10);
    expect(xUnits(2, scale)).to.equal(PLOT_UNITS);
  });

  it('says which side a value leaves the scale', () => {
    expect(offScale(1.44, scale)).to.equal('above');
    expect(offScale(-0.3, scale)).to.equal('below');
    expect(offScale(1.2, scale)).to.equal(undefined);
  });

  it('puts row i at the middle of its band of ROW_HEIGHT', () => {
    expect(rowCenter(0)).to.equal(ROW_HEIGHT / 2);
    expect(rowCenter(319)).to.equal(319.5 * ROW_HEIGHT);
  });

  it('chooses d3 ticks of 1, 2 or 5 × 10^k inside the scale', () => {
    expect(axisTicks(scale)).to.deep.equal([-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1, 1.2]);
    expect(axisTicks({ min: -0.4, max: 1.6 })).to.deep.equal([-0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6]);
    expect(axisTicks({ min: -1, max: 3 })).to.deep.equal([-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3]);
  });

  it('draws every CI in one path: a line and two caps per row that has both ends, clamped', () => {
    const d = whiskerPath([{ ciLow: 0.4, ciHigh: 0.6 }, {}, { ciLow: -1, ciHigh: 0.5 }, { ciLow: 0.1 }], scale);
    const y0 = rowCenter(0);
    const y2 = rowCenter(2);
    const a = xUnits(0.4, scale);
    const b = xUnits(0.6, scale);
    const c = xUnits(0.5, scale);
    expect(d).to.equal(`M${a},${y0}H${b}M${a},${y0 - 4}v8M${b},${y0 - 4}v8M0,${y2}H${c}M0,${y2 - 4}v8M${c},${y2 - 4}v8`);
    expect(whiskerPath([{ ciLow: 0.6, ciHigh: 0.4 }], scale)).to.equal(whiskerPath([{ ciLow: 0.4, ciHigh: 0.6 }], scale));
    expect(whiskerPath([], scale)).to.equal('');
  });
});
