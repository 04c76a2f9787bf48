import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { escapeForbiddenCodePoints } from './generator/escape.js';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * One config, several builds (scripts/build.mjs runs them in turn):
 * - `lib`: dist/ ES modules per element for npm; lit, d3-array and papaparse stay imports so an app
 *   that has its own Lit dedupes it (Lit's publishing advice).
 * - `cdn:<entry>`: cdn/<entry>.js, minified, Lit inside, for one <script type="module"> with no
 *   import map. One build per entry so each file stands alone; papaparse stays a lazy chunk.
 * - `runtime`: everything in one file with no chunks, inlined by the dashboard generator.
 * - `generator`: the lzm-dashboard CLI for Node (dist/generator/cli.js); node builtins, papaparse
 *   and commander stay imports.
 * - default: the demo dev server.
 */
const root = new URL('.', import.meta.url).pathname;

/** components/core/version.ts takes the version from package.json here, in every build. */
const define = { __LZM_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version) };

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

/**
 * Our own sources keep their top-level effects (message tables, element registration) in every
 * build: some are imported for those alone (`import './sittings.messages.js'`). package.json's
 * `sideEffects` speaks for the published dist/ files, to the bundlers of apps that use lzm-kit.
 */
export function sourcesHaveSideEffects(): Plugin {
  return {
    name: 'lzm-sources-have-side-effects',
    transform(_code, id) {
      return id.startsWith(resolve(root, 'components') + '/') ? { moduleSideEffects: true } : null;
    },
  };
}

/**
 * Writes the theme defaults into the css`` templates at build time: `${theme.textColor}` becomes
 * `var(--lzm-text-color, #1f2328)`, as if written there, so the one source
 * (components/core/theme-defaults.ts) costs no bytes and the CSS minifier sees plain templates.
 * Unbuilt sources (tests, the dev server) get the same text from the module at run time.
 */
export function inlineThemeDefaults(): Plugin {
  const source = readFileSync(resolve(root, 'components/core/theme-defaults.ts'), 'utf8');
  const values = new Map([...source.matchAll(/export const (\w+) = \/\* @__PURE__ \*\/ themed\('([^']+)', '([^']+)'\);/g)].map(([, name, property, value]) => [name, `var(${property}, ${value})`]));
  return {
    name: 'lzm-inline-theme-defaults',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(resolve(root, 'components') + '/') || !/^import \* as theme from '[./]+(core\/)?theme-defaults\.js';$/m.test(code)) return null;
      const inlined = code.replace(/\$\{theme\.(\w+)\}/g, (whole, name: string) => {
        const value = values.get(name);
        if (value === undefined) throw new Error(`${id}: ${whole} is not in theme-defaults.ts`);
        return value;
      });
      return { code: inlined.replace(/^import \* as theme from '[./]+(core\/)?theme-defaults\.js';$/m, ''), map: null };
    },
  };
}

/**
 * vite-plugin-singlefile keeps the attributes of the tags it inlines: `<style rel="stylesheet"
 * crossorigin>` is invalid HTML (Nu HTML Checker) and `crossorigin` means nothing on an inline script.
 * Runs after it (both are post plugins; array order decides).
 */
function plainInlineTags(): Plugin {
  return {
    name: 'lzm-plain-inline-tags',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue;
          // Only the two tags Vite writes in the head, once each: the inlined code is left alone.
          output.source = String(output.source).replace('<script type="module" crossorigin>', '<script type="module">').replace('<style rel="stylesheet" crossorigin>', '<style>');
        }
      },
    },
  };
}

// The dependencies in package.json, by name: a new one must be added here on purpose.
const external = [/^lit(\/|$)/, /^@lit\//, 'd3-array', 'papaparse'];

export default defineConfig(({ mode }): UserConfig => {
  const config = configFor(mode);
  return { ...config, plugins: [sourcesHaveSideEffects(), inlineThemeDefaults(), ...(config.plugins ?? [])] };
});

function configFor(mode: string): UserConfig {
  if (mode === 'lib') {
    return {
      define,
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
          output: {
            chunkFileNames: 'chunks/[name]-[hash].js',
            // The strings, the registry and the plain number rule (which number attributes share with
            // the data layer) get a chunk of their own: otherwise they share one with the LitElement base, and an app that imports only `parseNumber` from lzm-kit/core bundles
            // Lit too (measured with Vite: 25 KB gzipped instead of 5 KB).
            codeSplitting: { groups: [{ name: 'locale', test: /components\/core\/(locale|define|version|number-text)\.ts$/ }] },
          },
        },
      },
    };
  }
  if (mode.startsWith('cdn:')) {
    const name = mode.slice(4);
    return {
      define,
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
      define,
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
    // The trainer demo as one index.html with its script and styles inlined (vite-plugin-singlefile),
    // because module scripts from other files are blocked on file:// (USB stick).
    return {
      define,
      root: resolve(root, 'demo'),
      base: './',
      plugins: [minifyTemplates(), escapeControlCharacters(), viteSingleFile(), plainInlineTags()],
      build: {
        outDir: resolve(root, 'demo-dist'),
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: false,
      },
    };
  }
  if (mode === 'generator') {
    // The generator draws the elements (Lit SSR): their CSS goes into every page, minified; Lit
    // and @lit-labs/ssr stay imports, so the elements and the renderer share one Lit.
    return {
      define,
      plugins: [minifyTemplates(), pageFiles()],
      build: {
        ssr: resolve(root, 'generator/cli.ts'),
        outDir: 'dist/generator',
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        rollupOptions: {
          external: [/^node:/, 'papaparse', 'commander', /^lit(-html|-element)?(\/|$)/, /^@lit(-labs)?\//, 'd3-array'],
          output: { format: 'es', entryFileNames: 'cli.js', codeSplitting: false },
        },
      },
    };
  }
  return {
    define,
    root: 'demo',
    server: { fs: { allow: [root] } },
  };
}
