// <lzm-landscape> in the element render bench: the built cdn/landscape.js, one map per cell with
// `.data` in the JSON shape of test/fixtures/landscape.json (with `compare`), `label` = the team.
import '/cdn/landscape.js';
import { dataAdapter } from './settle.js';

export const { mount, set, drawn, settled } = dataAdapter('lzm-landscape', 'label', 'svg[part="map"] polygon');
