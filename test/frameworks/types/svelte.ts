// Type-checked by test/frameworks/frameworks.test.ts: the attributes svelte-check would accept on
// the lzm-kit elements once `lzm-kit/svelte` is imported.
import type {} from 'lzm-kit/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const barometer: SvelteHTMLElements['lzm-barometer'] = {
  value: 0.62,
  'ci-low': '0,31',
  compact: true,
  class: 'wide',
  'onlzm-error': (event) => event.detail.message,
  'on:lzm-load': (event) => event.detail.file,
};
export const plot: SvelteHTMLElements['lzm-effect-plot'] = { sort: 'none', filter: 'feed', 'onlzm-select': (event) => event.detail.row.n };
export const landscape: SvelteHTMLElements['lzm-landscape'] = { editable: true, 'onlzm-change': (event) => event.detail.scale[1] };

// @ts-expect-error value is a number property
export const badValue: SvelteHTMLElements['lzm-barometer'] = { value: {} };
// @ts-expect-error sort is 'value', 'name' or 'none'
export const badSort: SvelteHTMLElements['lzm-effect-plot'] = { sort: 'random' };
// @ts-expect-error model is 'senge' or 'oecd'
export const badModel: SvelteHTMLElements['lzm-senge-wheel'] = { model: 'hattie' };
// @ts-expect-error the error detail has no such field
export const badDetail: SvelteHTMLElements['lzm-barometer'] = { 'onlzm-error': (event) => event.detail.nope };
