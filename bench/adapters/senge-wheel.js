// <lzm-senge-wheel> in the element render bench: the built cdn/senge-wheel.js, one wheel per cell
// with `.data` rows { discipline, score, n, sd } (the shape of test/fixtures/senge-scores-*.csv).
import '/cdn/senge-wheel.js';
import { dataAdapter } from './settle.js';

export const { mount, set, drawn, settled } = dataAdapter('lzm-senge-wheel', 'label', 'svg[part="wheel"] path.whisker');
