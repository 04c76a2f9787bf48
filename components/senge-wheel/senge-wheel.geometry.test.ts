import { expect } from '@open-wc/testing';
import { HUB_LABELS, N_OFFSET, WHEEL, segmentLabels, connector, fillPath, fractionOf, hubRadius, midAngle, pointAt, radiusOf, sectorPath, segmentAngles, whiskerAngle, whiskerPath } from './senge-wheel.geometry.js';

const scale = { min: 1, max: 5 };
const deg = (radians: number) => (radians * 180) / Math.PI;
/** All "x,y" coordinate pairs in a path, in order. */
const points = (path: string) => [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
/** Coordinates after each M, L or A command (the end points of path commands). */
const ends = (path: string) =>
  [...path.matchAll(/[MLA]([^MLAZ]+)/g)].map((m) => m[1].split(',').slice(-2).map(Number) as [number, number]);

describe('senge wheel geometry', () => {
  it('maps a score linearly onto the ring, clamped to the scale', () => {
    expect(fractionOf(1, scale)).to.equal(0);
    expect(fractionOf(3, scale)).to.equal(0.5);
    expect(fractionOf(5, scale)).to.equal(1);
    expect(fractionOf(6, scale)).to.equal(1);
    expect(radiusOf(3.4, scale, 72, 138)).to.be.closeTo(72 + 0.6 * 66, 1e-9);
    expect(radiusOf(7, { min: 0, max: 10 }, 0, 100)).to.be.closeTo(70, 1e-9);
  });

  it('splits the ring into equal segments from twelve o’clock, with a gap', () => {
    const [s0, e0] = segmentAngles(0, 4);
    expect(deg(s0)).to.be.closeTo(deg(WHEEL.pad / 2), 1e-9);
    expect(deg(e0)).to.be.closeTo(90 - deg(WHEEL.pad / 2), 1e-9);
    const [s6, e6] = segmentAngles(6, 7);
    expect(deg(s6)).to.be.closeTo((6 * 360) / 7 + deg(WHEEL.pad / 2), 1e-9);
    expect(deg(e6)).to.be.closeTo(360 - deg(WHEEL.pad / 2), 1e-9);
    expect(deg(midAngle(1, 4))).to.be.closeTo(135, 1e-9);
  });

  it('places points clockwise from twelve o’clock', () => {
    expect(pointAt(0, 10)).to.deep.equal([0, -10]);
    const [x, y] = pointAt(Math.PI / 2, 10);
    expect(x).to.be.closeTo(10, 1e-9);
    expect(y).to.be.closeTo(0, 1e-9);
  });

  it('draws a ring segment: outer arc start and end, then the inner arc back', () => {
    const path = sectorPath(0, Math.PI / 2, 50, 100);
    const [m, a1, l, a2] = ends(path);
    expect(m).to.deep.equal([0, -100]);
    expect(a1[0]).to.be.closeTo(100, 1e-3);
    expect(a1[1]).to.be.closeTo(0, 1e-3);
    expect(l[0]).to.be.closeTo(50, 1e-3);
    expect(a2).to.deep.equal([0, -50]);
    expect(path).to.match(/A100,100,0,0,1,/);
    expect(path).to.match(/A50,50,0,0,0,/);
    expect(path.endsWith('Z')).to.equal(true);
  });

  it('fills a segment from the ring’s inner edge out to the score’s radius', () => {
    // 3,4 on 1..5 is 60 % of the way: radius 72 + 0,6 · 66 = 111,6.
    const path = fillPath(1, 4, 3.4, scale, WHEEL.inner, WHEEL.outer);
    const [start, end] = segmentAngles(1, 4);
    const [mx, my] = points(path)[0];
    expect(Math.hypot(mx, my)).to.be.closeTo(111.6, 1e-2);
    expect(Math.atan2(mx, -my)).to.be.closeTo(start, 1e-4);
    const [ix, iy] = ends(path)[2];
    expect(Math.hypot(ix, iy)).to.be.closeTo(WHEEL.inner, 1e-2);
    expect(Math.atan2(ix, -iy)).to.be.closeTo(end, 1e-4);
    // At the scale minimum the fill has no depth.
    const empty = fillPath(0, 4, 1, scale, WHEEL.inner, WHEEL.outer);
    expect(Math.hypot(...(points(empty)[0] as [number, number]))).to.be.closeTo(WHEEL.inner, 1e-2);
  });

  it('sizes the hub fill by its score and connects the hub to each segment', () => {
    expect(hubRadius(5, scale)).to.equal(WHEEL.hub);
    expect(hubRadius(3, scale)).to.equal(WHEEL.hub / 2);
    expect(hubRadius(1, scale)).to.equal(0);
    const [x1, y1, x2, y2] = connector(0, 4);
    expect(Math.hypot(x1, y1)).to.be.closeTo(WHEEL.hub, 1e-2);
    expect(Math.hypot(x2, y2)).to.be.closeTo(WHEEL.inner, 1e-2);
    expect(deg(Math.atan2(x2, -y2))).to.be.closeTo(45, 1e-2);
  });

  it('puts the whisker inside its segment, beside the middle', () => {
    for (const count of [4, 7]) {
      const [, end] = segmentAngles(2, count);
      const angle = whiskerAngle(2, count);
      expect(angle).to.be.greaterThan(midAngle(2, count));
      expect(angle).to.be.lessThan(end);
      expect(deg(angle - midAngle(2, count))).to.be.closeTo((0.7 * 180) / count, 1e-9);
    }
  });

  it('draws a whisker from low to high with caps across it', () => {
    // Straight down (π): low 2 → radius 25 % of 0..100, high 4 → 75 %.
    const path = whiskerPath(Math.PI, 2, 4, scale, 0, 100, 8);
    const [[x1, y1], [x2, y2], [c1x, c1y], [c2x, c2y]] = ends(path).filter((_, i) => i % 2 === 0 || i === 1);
    expect([x1, y1]).to.deep.equal([0, 25]);
    expect([x2, y2]).to.deep.equal([0, 75]);
    // The caps are horizontal, 8 long, centred on the whisker.
    expect(c1y).to.be.closeTo(25, 1e-3);
    expect(Math.abs(c1x)).to.be.closeTo(4, 1e-3);
    expect(c2y).to.be.closeTo(75, 1e-3);
    expect(Math.abs(c2x)).to.be.closeTo(4, 1e-3);
  });

  it('writes a segment\'s value half-way across its ring and its badge just outside, the hub\'s above its centre', () => {
    const { text, badge } = segmentLabels(0, 4, WHEEL.inner);
    // Segment 0 of 4 is centred at 45°: both points on that direction.
    expect(Math.hypot(...text)).to.be.closeTo((WHEEL.inner + WHEEL.outer) / 2, 1e-3);
    expect(Math.hypot(...badge)).to.be.closeTo(WHEEL.outer + 11, 1e-3);
    expect(deg(Math.atan2(text[0], -text[1]))).to.be.closeTo(45, 1e-3);
    expect(deg(Math.atan2(badge[0], -badge[1]))).to.be.closeTo(45, 1e-3);
    // The hub writes its value above the centre, n under it still inside the hub, and its badge between hub and ring.
    expect(HUB_LABELS.text[1]).to.be.below(0);
    expect(HUB_LABELS.text[1] + N_OFFSET).to.be.below(WHEEL.hub);
    expect(-HUB_LABELS.badge[1]).to.be.within(WHEEL.hub, WHEEL.inner);
  });
});
