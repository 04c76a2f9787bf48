import { expect } from '@open-wc/testing';
import { ALL_ARROWS, SIDE_ARROWS, rovingTarget } from './roving.js';

describe('rovingTarget', () => {
  it('steps round with the arrows, jumps with Home and End, ignores other keys', () => {
    expect(rovingTarget('ArrowRight', 0, 5)).to.equal(1);
    expect(rovingTarget('ArrowDown', 4, 5)).to.equal(0);
    expect(rovingTarget('ArrowLeft', 0, 5)).to.equal(4);
    expect(rovingTarget('ArrowUp', 2, 5, ALL_ARROWS)).to.equal(1);
    expect(rovingTarget('Home', 3, 5)).to.equal(0);
    expect(rovingTarget('End', 1, 5)).to.equal(4);
    expect(rovingTarget('Enter', 1, 5)).to.equal(-1);
    expect(rovingTarget('ArrowRight', -1, 5), 'no item focused').to.equal(-1);
  });

  it('with side arrows only, up and down do not move (a slider keeps them)', () => {
    expect(rovingTarget('ArrowUp', 2, 13, SIDE_ARROWS)).to.equal(-1);
    expect(rovingTarget('ArrowDown', 2, 13, SIDE_ARROWS)).to.equal(-1);
    expect(rovingTarget('ArrowLeft', 0, 13, SIDE_ARROWS)).to.equal(12);
  });
});
