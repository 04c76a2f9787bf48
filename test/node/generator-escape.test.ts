import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, jsonForScript, scriptForInline } from '../../generator/escape.js';

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
