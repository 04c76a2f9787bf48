// Builds the trainer demo into demo-dist/index.html: one file with its script and styles inlined,
// so it runs from a USB stick via file:// with no network and no server.
import { build } from 'vite';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
await build({ configFile, mode: 'demo', logLevel: 'warn' });

const dir = new URL('../demo-dist/', import.meta.url).pathname;
let page = await readFile(join(dir, 'index.html'), 'utf8');
const inlined = [];
// `</script` inside the code would end the inline script early; escaping "<" in "</" is safe JS.
const safeScript = (code) => code.replace(/<\/(script)/gi, '<\\/$1');
page = await replaceAsync(page, /<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g, async (_, path) => {
  inlined.push(path);
  return `<script type="module">${safeScript(await readFile(join(dir, path), 'utf8'))}</script>`;
});
page = await replaceAsync(page, /<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/g, async (_, path) => {
  inlined.push(path);
  return `<style>${await readFile(join(dir, path), 'utf8')}</style>`;
});
await writeFile(join(dir, 'index.html'), page);
await rm(join(dir, 'assets'), { recursive: true, force: true });
console.log(`demo-dist/index.html: ${Math.round(page.length / 1024)} KB, inlined ${inlined.join(', ')}`);

async function replaceAsync(text, pattern, replacer) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), await replacer(...match));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
