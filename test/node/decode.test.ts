import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from '../../components/core/decode.js';

test('Windows-1252 in Node: € – “ ” and ë decode as in a browser', () => {
  // "€ 5 – “Zoë”" as Dutch Excel writes it (invalid UTF-8, so the legacy code page is used).
  const bytes = new Uint8Array([0x80, 0x20, 0x35, 0x20, 0x96, 0x20, 0x93, 0x5a, 0x6f, 0xeb, 0x94]);
  assert.equal(decodeBytes(bytes), '€ 5 – “Zoë”');
});

test('UTF-8 with and without BOM', () => {
  assert.equal(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xc3, 0xab])), 'Zoë');
  assert.equal(decodeBytes(new TextEncoder().encode('– Zoë')), '– Zoë');
});
