import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeForbiddenCodePoints, escapeHtml, jsonForScript, scriptForInline } from '../../generator/escape.js';

test('escapeHtml escapes the five HTML-special characters', () => {
  assert.equal(escapeHtml(`<img src=x onerror="alert('x')">&`), '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  assert.equal(escapeHtml(0.4), '0.4');
});

test('jsonForScript: no </script>, <!-- or line separators survive, and JSON.parse reads it back', () => {
  const value = { name: '</script><script>alert(1)</script>', note: '<!-- x -->', sep: 'a\u2028b\u2029c', amp: 'R&D' };
  const text = jsonForScript(value);
  assert.doesNotMatch(text, /<|>|&|\u2028|\u2029/);
  assert.ok(text.includes('\\u003c/script\\u003e'));
  assert.deepEqual(JSON.parse(text), value);
});

test('scriptForInline neutralises </script and <!-- inside code', () => {
  const code = 'const a = "</script>"; const b = `<!--`; const c = "</SCRIPT ";';
  const safe = scriptForInline(code);
  assert.doesNotMatch(safe, /<\/script|<!--/i);
  assert.equal(new Function(`${safe}; return [a, b, c];`)().join('|'), '</script>|<!--|</SCRIPT ');
});

test('escapeForbiddenCodePoints writes HTML-forbidden characters as \\u escapes that JavaScript reads back the same', () => {
  const raw = ['\u001e', '\u001f', '\u0081', '\u009d', '\u0000', '\u000b', '\u007f', '\ufdd0', '\uffff'];
  const code = `const s = "${raw.join('')}"; const r = /[${raw[0]}${raw[1]}]/; const i = "\\${raw[2]}"; const e = "\\\\${raw[3]}";`;
  const safe = escapeForbiddenCodePoints(code);
  // eslint-disable-next-line no-control-regex -- no control character may be left
  assert.doesNotMatch(safe, /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/);
  assert.ok(safe.includes('"\\u001e\\u001f\\u0081'), safe);
  const [s, r, i, e] = new Function(`${safe}; return [s, r, i, e];`)();
  assert.equal(s, raw.join(''));
  assert.ok(r.test('\u001f') && !r.test('x'));
  assert.equal(i, raw[2], 'an identity escape of a raw character stays that character');
  assert.equal(e, `\\${raw[3]}`, 'an escaped backslash before it stays a backslash');
  // Tab, line feed, form feed and carriage return are allowed in HTML and stay as they are.
  assert.equal(escapeForbiddenCodePoints('a\tb\nc\fd\re'), 'a\tb\nc\fd\re');
});

test('jsonForScript and scriptForInline leave no forbidden code points (C1 controls from a Windows-1252 file)', () => {
  const value = { name: 'Zo\u0081\u009d', sep: '\u001e' };
  const json = jsonForScript(value);
  // eslint-disable-next-line no-control-regex -- no control character may be left
  assert.doesNotMatch(json, /[\u0000-\u001f\u007f-\u009f]/);
  assert.deepEqual(JSON.parse(json), value);
  assert.equal(scriptForInline('x = "\u0090"'), 'x = "\\u0090"');
});
