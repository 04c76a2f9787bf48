import { expect } from '@open-wc/testing';
import {
  MAP, bridgeShape, bridgeWidth, islandCentre, islandLabel, islandRadii, islandRadius, lineOffsets, percentOfMap, polderShape, tipAnchor, MIN_VISIBLE, type Point,
} from './landscape.geometry.js';
import { BRIDGES, ISLANDS, PARTS, fractionOf, steppedValue, strengthKey, toJson, type Island } from './landscape.model.js';
import { dragValue } from './landscape.drag.js';

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

  describe('dragValue (pointer position → value)', () => {
    const even = { researching: 30, practising: 30, creating: 30 } as Record<Island, number>;
    const unitScale = [0, 1] as const;
    const at = ([x, y]: Point, dx: number, dy: number): Point => [x + dx, y + dy];

    it('grows and shrinks an island by the distance moved from its centre, wherever it was grabbed', () => {
      const c = islandCentre('researching');
      const drag = { key: 'researching' as const, grab: at(c, 0, -10), value: 0.4 };
      // Not moved: the value stays (no jump on grabbing).
      expect(dragValue(drag, drag.grab, unitScale, even)).to.equal(0.4);
      // 8 units outwards: radius √0.4·50 + 8 = 39.6 → (39.6/50)² = 0.628 → snapped to 0.65.
      expect(dragValue(drag, at(c, 0, -18), unitScale, even)).to.equal(0.65);
      // Sideways at the same distance from the centre: no change.
      expect(dragValue(drag, at(c, 10, 0), unitScale, even)).to.equal(0.4);
      // 8 units inwards: 31.6 − 8 = 23.6 → 0.223 → 0.2; to the centre from further out: clamped at 0;
      // far outwards: clamped at the top.
      expect(dragValue(drag, at(c, 0, -2), unitScale, even)).to.equal(0.2);
      expect(dragValue({ ...drag, grab: at(c, 0, -30) }, c, unitScale, even)).to.equal(0);
      expect(dragValue(drag, at(c, 0, -200), unitScale, even)).to.equal(1);
    });

    it('works on the data scale (1..5), snapping to a twentieth of it', () => {
      const c = islandCentre('creating');
      // 3 on 1..5 is half: radius factor √0.5 = 0.707, + 10/50 → 0.907² = 0.823 → 16/20 → 4.2.
      expect(dragValue({ key: 'creating', grab: at(c, 20, 0), value: 3 }, at(c, 30, 0), [1, 5], even)).to.equal(4.2);
      for (let dx = -60; dx <= 60; dx += 7) {
        const value = dragValue({ key: 'creating', grab: at(c, 20, 0), value: 3 }, at(c, 20 + dx, 0), [1, 5], even);
        expect(value).to.be.within(1, 5);
        const steps = (value - 1) / 0.2;
        expect(steps - Math.round(steps), `${value} on a step`).to.be.closeTo(0, 1e-9);
      }
    });

    it('sizes a polder by the ellipse through the pointer: twice as sensitive across as along', () => {
      const [r, p] = [islandCentre('researching'), islandCentre('practising')];
      const centre: Point = [(r[0] + p[0]) / 2, (r[1] + p[1]) / 2];
      const along: Point = [(p[0] - r[0]) / distance(r, p), (p[1] - r[1]) / distance(r, p)];
      const drag = { key: 'actionResearch' as const, grab: centre, value: 0.5 };
      // A quarter of the length (11.5) along, or a quarter of the width (5.5) across: factor 0.707 + 0.25 → 0.916 → 0.9.
      expect(dragValue(drag, at(centre, 11.5 * along[0], 11.5 * along[1]), unitScale, even)).to.equal(0.9);
      expect(dragValue(drag, at(centre, -5.5 * along[1], 5.5 * along[0]), unitScale, even)).to.equal(0.9);
      expect(dragValue(drag, at(centre, -11.5 * along[1], 11.5 * along[0]), unitScale, even)).to.equal(1);
    });

    it('grows pioneering from the centre of the map, also from 0', () => {
      // Drawn at the MIN_VISIBLE floor (0.15); half of pioneerMax outwards → 0.65² = 0.42 → 0.4.
      const drag = { key: 'pioneering' as const, grab: MAP.centre, value: 0 };
      expect(dragValue(drag, at(MAP.centre, 0, MAP.pioneerMax / 2), unitScale, even)).to.equal(0.4);
      expect(dragValue(drag, MAP.centre, unitScale, even)).to.equal(0);
    });

    it('strengthens a bridge when dragged towards its arrowhead, weakens it when dragged back', () => {
      const [r, p] = [islandCentre('researching'), islandCentre('practising')];
      const dir: Point = [(p[0] - r[0]) / distance(r, p), (p[1] - r[1]) / distance(r, p)];
      const drag = { key: 'researching>practising' as const, grab: [150, 150] as Point, value: 0.7 };
      // 20 units of MAP.bridgeDrag (120) towards the tip: 0.7 + 0.167 → 0.85.
      expect(dragValue(drag, at(drag.grab, 20 * dir[0], 20 * dir[1]), unitScale, even)).to.equal(0.85);
      expect(dragValue(drag, at(drag.grab, -20 * dir[0], -20 * dir[1]), unitScale, even)).to.equal(0.55);
      // Across the bridge: no change; far back: 0; the other direction's bridge the other way round.
      expect(dragValue(drag, at(drag.grab, -30 * dir[1], 30 * dir[0]), unitScale, even)).to.equal(0.7);
      expect(dragValue(drag, at(drag.grab, -200 * dir[0], -200 * dir[1]), unitScale, even)).to.equal(0);
      expect(dragValue({ ...drag, key: 'practising>researching' }, at(drag.grab, 20 * dir[0], 20 * dir[1]), unitScale, even)).to.equal(0.55);
    });
  });

  describe('labels, tooltips and the model\'s rules', () => {
    it('draws an unmeasured island at mid-scale, a measured one by its area', () => {
      const radii = islandRadii({ researching: 5, practising: 1 }, [1, 5]);
      expect(radii.researching).to.equal(MAP.islandMax);
      expect(radii.practising).to.equal(MAP.islandMax * MIN_VISIBLE);
      expect(radii.creating).to.be.closeTo(MAP.islandMax * Math.sqrt(0.5), 1e-9);
    });

    it('puts island names clear of the largest island: above the top one, below the others', () => {
      for (const island of ISLANDS) {
        const [x, y] = islandLabel(island);
        const [cx, cy] = islandCentre(island);
        expect(x).to.equal(cx);
        expect(Math.abs(y - cy)).to.be.greaterThan(MAP.islandMax);
        expect(y < cy).to.equal(island === 'researching');
      }
    });

    it('centres a block of label lines on its anchor', () => {
      expect(lineOffsets(1)).to.deep.equal([0.35]);
      const three = lineOffsets(3);
      expect(three).to.deep.equal([-0.75, 1.1, 1.1]);
      // Baseline of the middle line is 0.35 em below the anchor, as for a single line.
      expect(three[0] + three[1]).to.be.closeTo(0.35, 1e-9);
    });

    it('points a tooltip at the shore below an island, the centre of a polder, the middle of a bridge', () => {
      const values = { researching: 1 };
      const [cx, cy] = islandCentre('researching');
      expect(tipAnchor('researching', values, [0, 1])).to.deep.equal([cx, cy + MAP.islandMax]);
      expect(tipAnchor('pioneering', values, [0, 1])).to.deep.equal(MAP.centre);
      expect(tipAnchor('researching>practising', values, [0, 1])).to.deep.equal(bridgeShape('researching>practising', undefined, islandRadii(values, [0, 1])).anchor);
      expect(percentOfMap([MAP.width / 2, MAP.height])).to.deep.equal([50, 100]);
    });

    it('steps a twentieth of the scale, from the bottom when unmeasured, never past the ends', () => {
      expect(steppedValue(3, 1, [1, 5])).to.equal(3.2);
      expect(steppedValue(0.45, -1, [0, 1])).to.equal(0.4);
      expect(steppedValue(undefined, 1, [0, 1])).to.equal(0.05);
      expect(steppedValue(5, 1, [1, 5])).to.equal(5);
      expect(steppedValue(1, -1, [1, 5])).to.equal(1);
    });

    it('names a bridge\'s strength by thirds of the scale, absent only at 0', () => {
      expect([1, 1.1, 2.3, 3.6, 3.7, 5].map((value) => strengthKey(value, [1, 5]))).to.deep.equal(['absent', 'weak', 'weak', 'medium', 'strong', 'strong']);
    });

    it('writes the values in the JSON shape, measured parts only', () => {
      expect(toJson({ creating: 0.3, coCreation: 0.2, 'practising>researching': 0.1 })).to.deep.equal({
        islands: { creating: 0.3 },
        polders: { coCreation: 0.2 },
        bridges: [{ from: 'practising', to: 'researching', strength: 0.1 }],
      });
    });
  });
});
