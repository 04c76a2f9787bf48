import { expect } from '@open-wc/testing';
import { inkOn, contrastRatio, cssRgb, hexToRgb, luminance, namedColor, nearestColor, needsOutline, toHex } from './feedback-legend.color.js';
import { DEFAULT_COLORS } from './feedback-legend.model.js';

const WHITE = [255, 255, 255] as const;
const BLACK = [0, 0, 0] as const;

describe('feedback legend colours', () => {
  it('computes WCAG relative luminance and contrast', () => {
    expect(luminance(WHITE)).to.equal(1);
    expect(luminance(BLACK)).to.equal(0);
    expect(contrastRatio(WHITE, BLACK)).to.be.closeTo(21, 1e-9);
    expect(contrastRatio(BLACK, WHITE)).to.be.closeTo(21, 1e-9);
    // #777 on white is the textbook 4.48:1.
    expect(contrastRatio(hexToRgb('#777777')!, WHITE)).to.be.closeTo(4.478, 0.001);
    expect(contrastRatio(hexToRgb('#ff6347')!, WHITE)).to.be.closeTo(2.946, 0.001);
  });

  it('asks for an outline below 3:1 (WCAG 1.4.11), not at or above it', () => {
    expect(needsOutline(hexToRgb('#fdd835')!, WHITE)).to.equal(true); // yellow, 1.4:1
    expect(needsOutline(hexToRgb('#ff6347')!, WHITE)).to.equal(true); // tomato, 2.95:1
    expect(needsOutline(hexToRgb('#e65100')!, WHITE)).to.equal(false); // orange, 3.79:1
    expect(needsOutline(hexToRgb('#949494')!, WHITE)).to.equal(false); // 3.03:1
    expect(needsOutline(hexToRgb('#959595')!, WHITE)).to.equal(true); // 2.99:1
    // On a dark card it is the dark dots that need one.
    const dark = hexToRgb('#1f2328')!;
    expect(needsOutline(hexToRgb('#1565c0')!, dark)).to.equal(true);
    expect(needsOutline(hexToRgb('#fdd835')!, dark)).to.equal(false);
  });

  it('the six default colours all pass 3:1 on white', () => {
    for (const name of DEFAULT_COLORS) expect(needsOutline(hexToRgb(namedColor(name)![0])!, WHITE), name).to.equal(false);
  });

  it('reads colour names in Dutch and English, loosely spelled', () => {
    expect(namedColor('rood')![2]).to.equal('red');
    expect(namedColor('RED')![1]).to.equal('rood');
    expect(namedColor('Licht blauw')![2]).to.equal('light blue');
    expect(namedColor('light-blue')![1]).to.equal('lichtblauw');
    expect(namedColor('gray')![1]).to.equal('grijs');
    expect(namedColor('rozig')).to.equal(undefined);
  });

  it('parses hex and computed rgb() strings', () => {
    expect(hexToRgb('#abc')).to.deep.equal([170, 187, 204]);
    expect(hexToRgb('C62828')).to.deep.equal([198, 40, 40]);
    expect(hexToRgb('#12345')).to.equal(undefined);
    expect(toHex([198, 40, 40])).to.equal('#c62828');
    expect(cssRgb('rgb(31, 35, 40)')).to.deep.equal([31, 35, 40]);
    expect(cssRgb('rgba(0, 0, 0, 0)')).to.equal(undefined);
    expect(cssRgb('rgba(10, 20, 30, 0.5)')).to.deep.equal([10, 20, 30]);
  });

  it('names a CSS colour by the nearest table colour', () => {
    expect(nearestColor(hexToRgb('#c62828')!)[1]).to.equal('rood');
    expect(nearestColor(hexToRgb('#2e7d32')!)[1]).to.equal('groen');
    expect(nearestColor(hexToRgb('#ffeb3b')!)[1]).to.equal('geel');
  });

  it('writes a glyph in black or white, whichever contrasts more with the dot', () => {
    expect(inkOn(hexToRgb('#ffeb3b')!)).to.equal('#000');
    expect(inkOn(hexToRgb('#1565c0')!)).to.equal('#fff');
    expect(inkOn([255, 255, 255])).to.equal('#000');
    expect(inkOn([0, 0, 0])).to.equal('#fff');
  });
});
