import { expect } from '@open-wc/testing';
import { PairedAccumulator, hedgesCorrection, knowThyImpact, mean, pupilGain, standardDeviation, summarizePairs } from './stats.js';
import { zoneOf, zoneRanges } from './zones.js';

// Reference values computed independently (Python, textbook formulas, two-pass) for group 5B of
// test/fixtures/leerlingen-win1252.csv.
const PRE = [52, 48, 61, 55, 47, 58, 50, 63, 44, 57];
const POST = [60, 55, 66, 63, 50, 64, 58, 70, 49, 66];

describe('stats', () => {
  it('mean and sample SD', () => {
    expect(mean(PRE)).to.equal(53.5);
    expect(standardDeviation(PRE)).to.be.closeTo(6.311365409587163, 1e-12);
    expect(standardDeviation(POST)).to.be.closeTo(7.046669820245274, 1e-12);
  });

  it("Hattie's d, Hedges' g, r, d_z and the matched-groups CI", () => {
    const s = knowThyImpact(PRE, POST)!;
    expect(s.n).to.equal(10);
    expect(s.pooledSd).to.be.closeTo(6.68912882552313, 1e-12);
    expect(s.d).to.be.closeTo(0.9866755704893816, 1e-12);
    expect(s.g).to.be.closeTo(0.9021033787331488, 1e-12);
    expect(s.r).to.be.closeTo(0.9681038550399348, 1e-12);
    expect(s.se).to.be.closeTo(0.0973879365552343, 1e-12);
    expect(s.ciLow).to.be.closeTo(0.7957987223124506, 1e-12);
    expect(s.ciHigh).to.be.closeTo(1.1775524186663127, 1e-12);
    expect(s.dz).to.be.closeTo(3.5911074380445576, 1e-12);
    expect(s.meanGain).to.be.closeTo(6.6, 1e-12);
  });

  it('d flips sign when pre and post swap, and ignores a shift of all scores', () => {
    const forward = knowThyImpact(PRE, POST)!;
    const backward = knowThyImpact(POST, PRE)!;
    expect(backward.d).to.be.closeTo(-forward.d, 1e-12);
    const shifted = knowThyImpact(PRE.map((x) => x + 1000), POST.map((x) => x + 1000))!;
    expect(shifted.d).to.be.closeTo(forward.d, 1e-9);
    expect(shifted.r).to.be.closeTo(forward.r, 1e-9);
  });

  it('streaming accumulator equals the two-pass result', () => {
    const acc = new PairedAccumulator();
    PRE.forEach((pre, i) => acc.add(pre, POST[i]));
    expect(acc.variancePre).to.be.closeTo(6.311365409587163 ** 2, 1e-9);
    expect(summarizePairs(acc)!.d).to.be.closeTo(0.9866755704893816, 1e-12);
  });

  it('merging two accumulators equals adding every pair to one (the whole school from its groups)', () => {
    const whole = new PairedAccumulator();
    PRE.forEach((pre, i) => whole.add(pre, POST[i]));
    const first = new PairedAccumulator();
    const second = new PairedAccumulator();
    PRE.forEach((pre, i) => (i < 3 ? first : second).add(pre, POST[i]));
    const merged = new PairedAccumulator();
    merged.merge(first);
    merged.merge(new PairedAccumulator());
    merged.merge(second);
    const a = summarizePairs(whole)!;
    const b = summarizePairs(merged)!;
    for (const key of ['n', 'meanPre', 'meanPost', 'sdPre', 'sdPost', 'd', 'r', 'se', 'dz', 'ceilingShare'] as const) {
      expect(b[key], key).to.be.closeTo(a[key], 1e-12);
    }
    expect(merged.maxPost).to.equal(70);
  });

  it('equal gains: r is 1, d_z is not computable, and the SE is the same both ways', () => {
    // Found by the property test: co-moment rounding put r just above 1 one way, just below the other.
    const forward = knowThyImpact([0, 0.1], [75.8, 75.9])!;
    const backward = knowThyImpact([75.8, 75.9], [0, 0.1])!;
    expect(forward.r).to.equal(1);
    expect(forward.sdGain).to.equal(0);
    expect(Number.isNaN(forward.dz)).to.equal(true);
    expect(Number.isNaN(backward.dz)).to.equal(true);
    expect(backward.se).to.equal(forward.se);
    expect(forward.se).to.equal(0);
  });

  it('gives no d for fewer than two pupils or no spread', () => {
    expect(knowThyImpact([5], [6])).to.equal(undefined);
    expect(knowThyImpact([5, 5, 5], [5, 5, 5])).to.equal(undefined);
  });

  it('Hedges correction for small df', () => {
    expect(hedgesCorrection(9)).to.be.closeTo(1 - 3 / 35, 1e-15);
  });

  it('per-pupil gain in pooled-SD units', () => {
    expect(pupilGain(50, 60, 5)).to.equal(2);
  });

  it('zones at and around the boundaries', () => {
    expect(zoneOf(-0.01)).to.equal('reverse');
    expect(zoneOf(0)).to.equal('developmental');
    expect(zoneOf(0.149)).to.equal('developmental');
    expect(zoneOf(0.15)).to.equal('teacher');
    expect(zoneOf(0.399)).to.equal('teacher');
    expect(zoneOf(0.4)).to.equal('desired');
    expect(zoneOf(1.44)).to.equal('desired');
  });

  it('a custom hinge moves the teacher/desired boundary', () => {
    expect(zoneOf(0.45, 0.5)).to.equal('teacher');
    expect(zoneOf(0.5, 0.5)).to.equal('desired');
    expect(zoneOf(0.12, 0.1)).to.equal('desired');
    expect(zoneOf(0.05, 0.1)).to.equal('developmental');
  });

  it('zone ranges cover the scale without gaps', () => {
    const ranges = zoneRanges(-0.2, 1.2, 0.4);
    expect(ranges.map((r) => [r.zone, r.from, r.to])).to.deep.equal([
      ['reverse', -0.2, 0], ['developmental', 0, 0.15], ['teacher', 0.15, 0.4], ['desired', 0.4, 1.2],
    ]);
    expect(zoneRanges(0.2, 1, 0.4).map((r) => r.zone)).to.deep.equal(['teacher', 'desired']);
  });
});
