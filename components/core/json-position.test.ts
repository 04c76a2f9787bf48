import { expect } from '@open-wc/testing';
import { jsonErrorOffset } from './json-position.js';
import { parseJson } from './load.js';
import type { LzmDataError } from './errors.js';

describe('jsonErrorOffset', () => {
  it('is -1 for valid JSON, whatever JSON.parse accepts', () => {
    for (const text of ['[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '0', '"\\""']) {
      JSON.parse(text);
      expect(jsonErrorOffset(text), text).to.equal(-1);
    }
  });

  it('points at the first character a parser must refuse', () => {
    expect(jsonErrorOffset('[{"name": oops}]')).to.equal(10);
    expect(jsonErrorOffset('{"a": 1,}')).to.equal(8);
    expect(jsonErrorOffset('[1 2]')).to.equal(3);
    expect(jsonErrorOffset('{"a" 1}')).to.equal(5);
    expect(jsonErrorOffset('[tru]')).to.equal(4);
    expect(jsonErrorOffset('[1] x')).to.equal(4);
  });

  it('is the length when the text ends too early', () => {
    expect(jsonErrorOffset('{"a": [1, 2')).to.equal(11);
    expect(jsonErrorOffset('["abc')).to.equal(5);
  });

  it('lets parseJson name line and column when the engine message has no position', () => {
    let error: LzmDataError | undefined;
    try {
      parseJson('[\n  {"name": oops}\n]', 'x.json');
    } catch (caught) {
      error = caught as LzmDataError;
    }
    expect(error!.format('en')).to.equal('x.json:2:12: invalid JSON: unexpected character "o"');
  });
});
