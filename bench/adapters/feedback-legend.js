// <lzm-feedback-legend> in the element render bench: the built cdn/feedback-legend.js, one card
// per cell: the six default dots with counts via `.data` (test/fixtures/legenda-aantallen.json).
import '/cdn/feedback-legend.js';
import { dataAdapter } from './settle.js';

/** Drawn with its counts: every entry has its count bar. */
export const { mount, set, drawn, settled } = dataAdapter('lzm-feedback-legend', 'heading', 'li:last-child .count rect');
