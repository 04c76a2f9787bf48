// package.json's version, written in by the build (vite.config.ts: `define`). Sources run without
// a build (tsx, the browser tests' esbuild) say 'dev'; test/node/package.test.ts checks the built files.
declare const __LZM_VERSION__: string | undefined;

/** The package version (package.json's, from the build). */
export const VERSION: string = typeof __LZM_VERSION__ === 'string' ? __LZM_VERSION__ : 'dev';
