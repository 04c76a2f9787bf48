// How the bench bundles a peer library's chart (bench/peers/*.js, the Observable Plot forest): one
// minified ES module per entry, production build, as an app's bundler would ship it. Used by
// scripts/bench.mjs (the dial peers) and bench/effect-plot.mjs (the forest peer).
import { build } from 'esbuild';

/** Bundles `entry` into `outfile` (esbuild: bundled, minified, ES2022, NODE_ENV production). */
export function bundlePeer(entry, outfile) {
  return build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}
