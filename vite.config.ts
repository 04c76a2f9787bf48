import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { escapeForbiddenCodePoints } from './generator/escape.js';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * One config, several builds (scripts/build.mjs runs them in turn):
 * - `lib`: dist/ ES modules per element for npm; lit, d3 and papaparse stay imports so an app
 *   that has its own Lit dedupes it (Lit's publishing advice).
 * - `cdn:<entry>`: cdn/<entry>.js, minified, Lit inside, for one <script type="module"> with no
 *   import map. One build per entry so each file stands alone; papaparse stays a lazy chunk.
 * - `runtime`: everything in one file with no chunks, inlined by the dashboard generator.
 * - `generator`: the lzm-dashboard CLI for Node (dist/generator/cli.js); node builtins, papaparse
 *   and commander stay imports.
 * - default: the demo dev server.
 */
const root = new URL('.', import.meta.url).pathname;

export const ELEMENT_ENTRIES: Record<string, string> = {
  barometer: 'components/barometer/barometer.ts',
  'feedback-legend': 'components/feedback-legend/feedback-legend.ts',
  'senge-wheel': 'components/senge-wheel/senge-wheel.ts',
  landscape: 'components/landscape/landscape.ts',
  'effect-plot': 'components/effect-plot/effect-plot.ts',
};

export const CDN_ENTRIES: Record<string, string> = {
  ...ELEMENT_ENTRIES,
  'lzm-kit': 'components/index.ts',
};

/**
 * Minifies the markup and CSS inside Lit's html``, svg`` and css`` templates (the JS minifier
 * leaves template contents alone): minify-literals, with html-minifier-terser and clean-css,
 * knows where Lit's `${}` bindings are. Element sources only; failures stop the build.
 */
export function minifyTemplates(): Plugin {
  return minifyTemplateLiterals({ filter: (id) => /\/components\/.*\.ts$/.test(id) && !id.endsWith('.test.ts'), failOnError: true }) as Plugin;
}

/**
 * Escapes the raw control characters that bundling copies from papaparse and the Windows-1252
 * table (U+001E, U+0081, …) in every output chunk, after minifying (a minifier may turn escapes
 * back into raw characters). HTML forbids them, so an inlined bundle (the demo, a dashboard)
 * would fail the Nu HTML Checker; in a .js file they are harmless but escaped alike.
 */
export function escapeControlCharacters(): Plugin {
  return {
    name: 'lzm-escape-control-characters',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') output.code = escapeForbiddenCodePoints(output.code);
      }
    },
  };
}

/**
 * The dashboard page's own style and script (generator/page/), beside the built generator
 * (dist/generator/page/): the generator reads and inlines them as they are, from either place.
 */
function pageFiles(): Plugin {
  return {
    name: 'lzm-page-files',
    generateBundle() {
      for (const name of ['page.css', 'page-script.js']) {
        this.emitFile({ type: 'asset', fileName: `page/${name}`, source: readFileSync(resolve(root, 'generator/page', name), 'utf8') });
      }
    },
  };
}

const external = [/^lit(\/|$)/, /^@lit\//, /^d3-/, 'papaparse'];

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'lib') {
    return {
      // npm users' bundlers minify the JS but never the CSS inside css`` templates: do it here.
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: false,
        sourcemap: true,
        target: 'es2022',
        lib: {
          entry: {
            index: resolve(root, 'components/index.ts'),
            core: resolve(root, 'components/core/index.ts'),
            ...Object.fromEntries(Object.entries(ELEMENT_ENTRIES).map(([name, path]) => [name, resolve(root, path)])),
          },
          formats: ['es'],
        },
        rollupOptions: {
          external,
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode.startsWith('cdn:')) {
    const name = mode.slice(4);
    return {
      plugins: [minifyTemplates(), escapeControlCharacters()],
      build: {
        outDir: 'cdn',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        // Lib mode (no modulepreload helper with its absolute '/' paths); rolldown's own minifier
        // with white space removed, which Vite's lib mode leaves in ES output.
        lib: { entry: { [name]: resolve(root, CDN_ENTRIES[name]) }, formats: ['es'] },
        rollupOptions: {
          // The entry may gain exports for its lazy chunks: then the modules both use (Lit, locale)
          // stay in the entry file instead of a shared chunk, one request and one gzip stream.
          preserveEntrySignatures: 'allow-extension',
          output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'runtime') {
    return {
      plugins: [minifyTemplates(), escapeControlCharacters()],
      build: {
        outDir: 'dist/runtime',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: { 'lzm-kit': resolve(root, 'components/index.ts') }, formats: ['es'] },
        rollupOptions: { output: { minify: true, codeSplitting: false } },
      },
    };
  }
  if (mode === 'demo') {
    // The trainer demo as static files; scripts/build-demo.mjs then inlines them into one
    // index.html, because module scripts from other files are blocked on file:// (USB stick).
    return {
      root: resolve(root, 'demo'),
      base: './',
      plugins: [minifyTemplates(), escapeControlCharacters()],
      build: {
        outDir: resolve(root, 'demo-dist'),
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: false,
        cssCodeSplit: false,
        assetsInlineLimit: 1_000_000,
        rollupOptions: { output: { codeSplitting: false } },
      },
    };
  }
  if (mode === 'generator') {
    // The generator draws the elements (Lit SSR): their CSS goes into every page, minified; Lit
    // and @lit-labs/ssr stay imports, so the elements and the renderer share one Lit.
    return {
      plugins: [minifyTemplates(), pageFiles()],
      build: {
        ssr: resolve(root, 'generator/cli.ts'),
        outDir: 'dist/generator',
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        rollupOptions: {
          external: [/^node:/, 'papaparse', 'commander', /^lit(-html|-element)?(\/|$)/, /^@lit(-labs)?\//, /^d3-/],
          output: { format: 'es', entryFileNames: 'cli.js', codeSplitting: false },
        },
      },
    };
  }
  return {
    root: 'demo',
    server: { fs: { allow: [root] } },
  };
});
