// One source for the theme colours (components/core/theme-defaults.ts): the elements' fallbacks
// come from it, themes/default.css sets the same values, and the manifest documents the same
// defaults. No element writes a theme colour's fallback itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as defaults from '../../components/core/theme-defaults.js';

/** A colour written out: `#fff` → `#ffffff`, lower case; other values as they are. */
const colour = (value: string) => value.trim().toLowerCase().replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/, '#$1$1$2$2$3$3');

/** The module's defaults: `--lzm-text-color` → `#1f2328`. */
const table = new Map(
  Object.values(defaults).map((result) => {
    const [, name, value] = String(result).match(/^var\((--lzm-[a-z0-9-]+), (.+)\)$/)!;
    return [name, value];
  }),
);

test('themes/default.css sets exactly the theme defaults, with the same values', () => {
  const css = readFileSync('themes/default.css', 'utf8');
  const declared = new Map([...css.matchAll(/(--lzm-[a-z0-9-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
  assert.ok(table.size >= 25, `${table.size} defaults`);
  assert.deepEqual(declared, table);
});

test('every other theme sets the same properties as the default theme', () => {
  for (const theme of readdirSync('themes').filter((name) => name.endsWith('.css'))) {
    const names = [...readFileSync(join('themes', theme), 'utf8').matchAll(/(--lzm-[a-z0-9-]+):/g)].map(([, name]) => name).sort();
    assert.deepEqual(names, [...table.keys()].sort(), theme);
  }
});

test('the manifest documents each theme colour with its default (the host background, transparent, apart)', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  let checked = 0;
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) {
        const value = table.get(property.name);
        if (value === undefined) continue;
        // An element does not paint its own box unless --lzm-background is set; its painted parts
        // (halo, card, sticky axis) take the default.
        if (property.name === '--lzm-background' && property.default === 'transparent') continue;
        assert.equal(colour(property.default ?? ''), colour(value), `${declaration.tagName} ${property.name}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 40, `${checked} documented defaults`);
});

test('no element writes a theme colour\'s fallback itself: they all come from theme-defaults.ts', () => {
  const sources = readdirSync('components', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && path !== join('core', 'theme-defaults.ts'))
    .map((path) => join('components', path));
  const found: string[] = [];
  for (const file of sources) {
    const code = readFileSync(file, 'utf8').replace(/^\s*\*.*$/gm, ''); // JSDoc lines are checked above
    for (const [whole, name, fallback] of code.matchAll(/var\((--lzm-[a-z0-9-]+),\s*([^)$]*)/g)) {
      if (!table.has(name)) continue;
      if (name === '--lzm-background' && fallback.trim() === 'transparent') continue; // the host's own box, as above
      found.push(`${file}: ${whole})`);
    }
  }
  assert.deepEqual(found, []);
});
