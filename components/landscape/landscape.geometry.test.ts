import { expect } from '@open-wc/testing';
import {
  BRIDGES, ISLANDS, MAP, PARTS, bridgeShape, bridgeWidth, fractionOf, islandCentre, islandRadius, polderShape, MIN_VISIBLE,
  type Island, type Point,
} from './landscape.geometry.js';

const radii = { researching: 30, practising: 40, creating: 20 } as Record<Island, number>;
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const numbers = (d: string) => (d.match(/-?[\d.]+/g) ?? []).map(Number);

/** Area of a polygon path "Mx,yLx,y…Z" (shoelace). */
function polygonArea(d: string): number {
  const values = numbers(d);
  let sum = 0;
  for (let i = 0; i < values.length; i += 2) {
    const j = (i + 2) % values.length;
    sum += values[i] * values[j + 1] - values[j] * values[i + 1];
  }
  return Math.abs(sum) / 2;
}

describe('landscape geometry', () => {
  it('lists 3 islands, 4 polders and 6 directed bridges, each pair both ways', () => {
    expect(PARTS).to.have.length(13);
    const pairs = BRIDGES.map((key) => key.split('>'));
    for (const [from, to] of pairs) {
      expect(from).not.to.equal(to);
      expect(pairs.some(([a, b]) => a === to && b === from), `${to}>${from} exists`).to.equal(true);
    }
  });

  it('places the islands on an equilateral triangle, researching on top', () => {
    const [r, p, c] = ISLANDS.map(islandCentre);
    const side = MAP.spread * Math.sqrt(3);
    expect(distance(r, p)).to.be.closeTo(side, 1e-9);
    expect(distance(p, c)).to.be.closeTo(side, 1e-9);
    expect(distance(c, r)).to.be.closeTo(side, 1e-9);
    expect(r[1]).to.be.lessThan(p[1]);
    expect(p[0]).to.be.lessThan(c[0]);
  });

  it('maps values onto the scale, clamped', () => {
    expect(fractionOf(3, [1, 5])).to.equal(0.5);
    expect(fractionOf(0.25, [0, 1])).to.equal(0.25);
    expect(fractionOf(7, [1, 5])).to.equal(1);
  });

  it('island area is proportional to the score', () => {
    const area = (f: number) => Math.PI * islandRadius(f) ** 2;
    expect(area(0.8) / area(0.2)).to.be.closeTo(4, 1e-9);
    expect(islandRadius(1)).to.equal(MAP.islandMax);
    // The bottom of the scale is still a (small) island, not nothing.
    expect(islandRadius(0)).to.equal(MAP.islandMax * MIN_VISIBLE);
    expect(islandRadius(0.01)).to.equal(MAP.islandMax * MIN_VISIBLE);
  });

  it('polder area is proportional to the score, pioneering a triangle in the centre', () => {
    const a = polderShape('actionResearch', 0.6);
    const b = polderShape('actionResearch', 0.2);
    expect(a.area / b.area).to.be.closeTo(3, 1e-9);
    const p1 = polderShape('pioneering', 0.9);
    const p2 = polderShape('pioneering', 0.3);
    expect(p1.area / p2.area).to.be.closeTo(3, 1e-9);
    expect(polygonArea(p1.d)).to.be.closeTo(p1.area, 0.5);
    expect(p1.anchor).to.deep.equal(MAP.centre);
  });

  it('draws a two-island polder as an ellipse on the line between its islands', () => {
    const shape = polderShape('coCreation', 1);
    const [p, c] = [islandCentre('practising'), islandCentre('creating')];
    expect(shape.anchor[0]).to.be.closeTo((p[0] + c[0]) / 2, 1e-9);
    expect(shape.anchor[1]).to.be.closeTo((p[1] + c[1]) / 2, 1e-9);
    // M start A rx,ry rotation … end: rx and ry follow the size, both ends lie on the shore line.
    const [x1, y1, rx, ry] = numbers(shape.d);
    expect(rx).to.be.closeTo(MAP.polderLength, 0.01);
    expect(ry).to.be.closeTo(MAP.polderWidth, 0.01);
    expect(y1).to.be.closeTo(p[1], 0.01);
    expect(x1).to.be.closeTo(shape.anchor[0] - MAP.polderLength, 0.01);
  });

  it('runs the two directions of a pair in separate lanes, each ending at its destination', () => {
    const there = bridgeShape('researching>practising', 0.7, radii);
    const back = bridgeShape('practising>researching', 0.1, radii);
    const [r, p] = [islandCentre('researching'), islandCentre('practising')];
    // Starts at the shore of its own island, the arrow tip at the other island's shore.
    // (Measured from the island centre moved one lane to the right of the direction of travel.)
    const length = distance(r, p);
    const right: Point = [-(p[1] - r[1]) / length, (p[0] - r[0]) / length];
    const shifted = (q: Point): Point => [q[0] + MAP.lane * right[0], q[1] + MAP.lane * right[1]];
    expect(distance(there.start, shifted(r))).to.be.closeTo(radii.researching + MAP.gap, 0.01);
    expect(distance(there.tip, shifted(p))).to.be.closeTo(radii.practising + MAP.gap, 0.01);
    // The way back runs on the other side.
    const backLeft: Point = [p[0] - MAP.lane * right[0], p[1] - MAP.lane * right[1]];
    expect(distance(back.start, backLeft)).to.be.closeTo(radii.practising + MAP.gap, 0.01);
    expect(distance(back.tip, r)).to.be.lessThan(distance(back.tip, p));
    // The lanes are 2 × lane apart at the middle of the curve.
    const even = { researching: 30, practising: 30, creating: 30 };
    const [a, b] = [bridgeShape('researching>practising', 1, even), bridgeShape('practising>researching', 1, even)];
    const across = (a.anchor[0] - b.anchor[0]) * right[0] + (a.anchor[1] - b.anchor[1]) * right[1];
    expect(across).to.be.closeTo(2 * MAP.lane, 0.5);
    // Both bow away from the centre of the map.
    const chordMiddle: Point = [(r[0] + p[0]) / 2, (r[1] + p[1]) / 2];
    expect(distance(there.anchor, MAP.centre)).to.be.greaterThan(distance(chordMiddle, MAP.centre) + 20);
    // The arrowhead's first point is the tip.
    expect(numbers(there.arrow).slice(0, 2)[0]).to.be.closeTo(there.tip[0], 0.01);
  });

  it('follows strength with width; zero and unmeasured bridges get no arrowhead', () => {
    expect(bridgeShape('creating>practising', 1, radii).width).to.equal(8);
    expect(bridgeShape('creating>practising', 0.5, radii).width).to.equal(bridgeWidth(0.5));
    expect(bridgeWidth(0.5)).to.be.greaterThan(bridgeWidth(0.1));
    expect(bridgeShape('creating>practising', 0, radii).arrow).to.equal('');
    expect(bridgeShape('creating>practising', undefined, radii).arrow).to.equal('');
    expect(bridgeShape('creating>practising', 0.3, radii).arrow.split(' ')).to.have.length(3);
  });
});
