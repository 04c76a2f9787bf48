// Type-checked by test/frameworks/frameworks.test.ts: the framework-neutral typings.
import type { LzmIntrinsicElements, LzmElements, LzmTagName } from 'lzm-kit/jsx';

export const tags: LzmTagName[] = ['lzm-barometer', 'lzm-effect-plot', 'lzm-feedback-legend', 'lzm-landscape', 'lzm-senge-wheel'];
export const plot: LzmIntrinsicElements['lzm-effect-plot'] = { sort: 'value', 'show-table': true, 'onlzm-select': (event) => event.detail.row.ciLow };
export const barometer: LzmIntrinsicElements['lzm-barometer'] = { value: 0.4, 'ci-low': 0.1, class: 'x', 'onlzm-error': (event) => event.detail.code };
export const element = (tag: LzmElements['lzm-landscape']['element']) => tag.editable;

// @ts-expect-error no such element
export const badTag: LzmTagName = 'lzm-gauge';
// @ts-expect-error value is a number property
export const badValue: LzmIntrinsicElements['lzm-barometer'] = { value: 'hoog' };
