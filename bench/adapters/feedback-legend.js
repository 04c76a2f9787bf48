// <lzm-feedback-legend> in the element render bench: the built cdn/feedback-legend.js, one card
// per cell: the six default dots with counts via `.data` (test/fixtures/legenda-aantallen.json);
// drawn with its counts: every entry has its count bar.
import '/cdn/feedback-legend.js';
import { dataElement } from './settle.js';

export const { mount, set, drawn, settled } = dataElement('lzm-feedback-legend', 'heading', 'li:last-child .count rect');
