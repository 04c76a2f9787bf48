// Builds the trainer demo into demo-dist/index.html: one file with its script and styles inlined
// (vite.config.ts, mode "demo", with vite-plugin-singlefile), so it runs from a USB stick via
// file:// with no network and no server.
import { build } from 'vite';
import { readdir, stat } from 'node:fs/promises';

const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
await build({ configFile, mode: 'demo', logLevel: 'warn' });

const dir = new URL('../demo-dist/', import.meta.url);
const files = await readdir(dir);
if (files.join() !== 'index.html') throw new Error(`demo-dist/ should hold index.html only, not ${files.join(', ')}`);
console.log(`demo-dist/index.html: ${Math.round((await stat(new URL('index.html', dir))).size / 1024)} KB`);
