import { expect } from '@open-wc/testing';
import { DIAL, angleOf, bandPath, offScale, pointAt, ticksOf } from './barometer.geometry.js';

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
});
