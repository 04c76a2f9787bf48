// <lzm-senge-wheel> in the element render bench: the built cdn/senge-wheel.js, one wheel per cell
// with `.data` rows { discipline, score, n, sd } (the shape of test/fixtures/senge-scores-*.csv).
import '/cdn/senge-wheel.js';
import { dataElement } from './settle.js';

export const { mount, set, drawn, settled } = dataElement('lzm-senge-wheel', 'label', 'svg[part="wheel"] path.whisker');
