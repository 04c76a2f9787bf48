import { expect } from '@open-wc/testing';
import { DIAL, angleOf, bandPath, hingeMark, needleEnd, offScale, offScaleChevron, pointAt, ticksOf } from './barometer.geometry.js';
import { dialNumber, factsOf, offScaleMark, offScaleText, valueTextOf } from './barometer.format.js';

const scale = { min: -0.2, max: 1.2 };
const deg = (radians: number) => (radians * 180) / Math.PI;

describe('barometer geometry', () => {
  it('maps the scale linearly onto the half dial, clamped', () => {
    expect(deg(angleOf(-0.2, scale))).to.be.closeTo(-90, 1e-9);
    expect(deg(angleOf(0.5, scale))).to.be.closeTo(0, 1e-9);
    expect(deg(angleOf(1.2, scale))).to.be.closeTo(90, 1e-9);
    expect(deg(angleOf(0.4, scale))).to.be.closeTo(-90 + (0.6 / 1.4) * 180, 1e-9);
    expect(deg(angleOf(1.44, scale))).to.be.closeTo(90, 1e-9);
    expect(deg(angleOf(-5, scale))).to.be.closeTo(-90, 1e-9);
  });

  it('says which side a value leaves the scale', () => {
    expect(offScale(1.44, scale)).to.equal('above');
    expect(offScale(-0.3, scale)).to.equal('below');
    expect(offScale(1.2, scale)).to.equal(undefined);
  });

  it('places points clockwise from twelve o’clock', () => {
    const [x, y] = pointAt(Math.PI / 2, 10);
    expect(x).to.be.closeTo(DIAL.cx + 10, 1e-9);
    expect(y).to.be.closeTo(DIAL.cy, 1e-9);
    const [x0, y0] = pointAt(0, 10);
    expect(x0).to.be.closeTo(DIAL.cx, 1e-9);
    expect(y0).to.be.closeTo(DIAL.cy - 10, 1e-9);
  });

  it('draws a band whose outer arc starts and ends at the values', () => {
    const path = bandPath(0, 0.5, scale, 70, 100);
    // d3-shape starts the outer arc at the start angle: M x,y with x = 100·sin(a), y = −100·cos(a).
    const start = angleOf(0, scale);
    const [, mx, my] = path.match(/^M(-?[\d.e-]+),(-?[\d.e-]+)/)!.map(Number);
    expect(mx).to.be.closeTo(100 * Math.sin(start), 1e-3);
    expect(my).to.be.closeTo(-100 * Math.cos(start), 1e-3);
    expect(path).to.include('A100,100');
    expect(path).to.include('A70,70');
  });

  it('chooses friendly ticks', () => {
    expect(ticksOf(scale)).to.deep.equal([-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1, 1.2]);
    expect(ticksOf({ min: 0, max: 2 })).to.deep.equal([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]);
    expect(ticksOf({ min: -1, max: 3 })).to.deep.equal([-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3]);
  });

  const fromCentre = ([x, y]: [number, number]) => Math.hypot(x - DIAL.cx, y - DIAL.cy);
  /** Clockwise from twelve o’clock, in degrees, as seen on screen (y grows downwards). */
  const bearing = ([x, y]: [number, number]) => deg(Math.atan2(x - DIAL.cx, DIAL.cy - y));

  it('points a needle of the given length at the value', () => {
    const up = needleEnd(0.5, scale);
    expect(up[0]).to.be.closeTo(DIAL.cx, 1e-9);
    expect(fromCentre(up)).to.be.closeTo(DIAL.needle, 1e-9);
    expect(bearing(needleEnd(1.2, scale, 50))).to.be.closeTo(90, 1e-9);
    expect(fromCentre(needleEnd(1.2, scale, 50))).to.be.closeTo(50, 1e-9);
    // Clamped: far above the scale still points at its right end.
    expect(bearing(needleEnd(9, scale))).to.be.closeTo(90, 1e-9);
  });

  it('draws the hinge mark across the ring, along the radius of the hinge', () => {
    const mark = hingeMark(0.4, scale)!;
    const inner: [number, number] = [mark.x1, mark.y1];
    const outer: [number, number] = [mark.x2, mark.y2];
    expect(fromCentre(inner)).to.be.below(DIAL.inner);
    expect(fromCentre(outer)).to.be.above(DIAL.outer);
    expect(bearing(inner)).to.be.closeTo(-90 + (0.6 / 1.4) * 180, 1e-9);
    expect(bearing(outer)).to.be.closeTo(-90 + (0.6 / 1.4) * 180, 1e-9);
    expect(hingeMark(1.5, scale), 'a hinge off the scale has no mark').to.equal(undefined);
    expect(hingeMark(-0.2, scale), 'a hinge at the end of the scale has one').to.not.equal(undefined);
  });

  it('puts the off-scale chevron outside the ring at the end passed, pointing away from the dial', () => {
    const points = (path: string) => [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
    for (const off of ['above', 'below'] as const) {
      const [base1, apex, base2] = points(offScaleChevron(off));
      const side = off === 'above' ? 1 : -1;
      expect(offScaleChevron(off)).to.match(/Z$/);
      for (const [x, y] of [base1, apex, base2]) {
        expect(side * (x - DIAL.cx), `${off}: beyond the ring`).to.be.above(DIAL.outer);
        expect(y, `${off}: above the centre line`).to.be.below(DIAL.cy);
      }
      expect(side * (apex[0] - base1[0]), `${off}: the apex points outwards`).to.be.above(0);
      expect(apex[1]).to.be.closeTo((base1[1] + base2[1]) / 2, 1e-9);
    }
  });
});

describe('barometer texts', () => {
  it('writes dial numbers with one decimal, two where needed', () => {
    expect(dialNumber(0.4, 'nl')).to.equal('0,4');
    expect(dialNumber(0.55, 'nl')).to.equal('0,55');
    expect(dialNumber(-0.2, 'en')).to.equal('\u22120.2');
    expect(offScaleMark('above', scale, 'nl')).to.equal('> 1,2');
    expect(offScaleMark('below', { min: -0.25, max: 1 }, 'en')).to.equal('< \u22120.25');
  });

  it('names the facts of a reading in order, only those known', () => {
    expect(factsOf({ value: 0.5, ciLow: 0.2, ciHigh: 0.8, n: 24, r: 0.7 }, 'nl')).to.deep.equal(['95%-BI 0,20–0,80', 'n = 24', 'r = 0,70']);
    expect(factsOf({ value: 0.5, dz: Infinity }, 'en'), 'an infinite d_z is left out').to.deep.equal([]);
  });

  it('writes the whole reading as the meter’s value text', () => {
    const facts = factsOf({ value: 1.44, n: 12 }, 'en');
    const off = offScaleText(offScale(1.44, scale), scale, 'en');
    expect(valueTextOf(1.44, 'zone of desired effects', facts, off, 'en')).to.equal('Effect size 1.44 — zone of desired effects (n = 12); off the scale, above 1.20');
    expect(valueTextOf(0.3, 'leerkrachteffecten', [], offScaleText(undefined, scale, 'nl'), 'nl')).to.equal('Effectgrootte 0,30 — leerkrachteffecten');
  });
});
