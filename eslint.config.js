// Lint for every TypeScript and JavaScript source: typescript-eslint's recommended rules, Lit's
// template rules and the web-component rules, run by `npm test` (so by CI) through `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**', 'cdn/**', 'docs/api/**', 'demo/dist/**', 'node_modules/**', 'test/.tmp/**',
      'test/frameworks/*/dist/**', 'test/frameworks/*/node_modules/**', '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are errors, except `_` placeholders and the locale tables: `addMessages`
      // registers a table at run time and the constant is kept only for its key type.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^(_|messages$)', caughtErrors: 'none' }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
