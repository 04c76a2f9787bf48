// Runs every build of vite.config.ts in turn, then the type declarations and the element manifest.
import { build } from 'vite';
import { rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';

const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
const quiet = { configFile, logLevel: 'warn' };
// Node 20 cannot import .ts on its own: load the config's entry list through tsx (a dev dependency).
const { tsImport } = await import('tsx/esm/api');
const { CDN_ENTRIES } = await tsImport('../vite.config.ts', import.meta.url);

await rm('dist', { recursive: true, force: true });
await rm('cdn', { recursive: true, force: true });

await build({ ...quiet, mode: 'lib' });
for (const name of Object.keys(CDN_ENTRIES)) await build({ ...quiet, mode: `cdn:${name}` });
await build({ ...quiet, mode: 'runtime' });
await build({ ...quiet, mode: 'generator' });

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(bin('cem'), ['analyze'], { stdio: 'inherit' }); // settings: custom-elements-manifest.config.mjs
// JSX/template typings for React, Preact, Vue and Svelte, from the manifest just written.
execFileSync(process.execPath, [new URL('build-framework-types.mjs', import.meta.url).pathname], { stdio: 'inherit' });
console.log('built dist/, cdn/, dist/runtime/, dist/generator/, dist/types/ (with frameworks/) and custom-elements.json');
