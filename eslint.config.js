// ESLint for the TypeScript sources, the tests and the scripts (flat config): the recommended rules of ESLint and
// typescript-eslint, without type information (`npm run typecheck` is the type check). Formatting is Prettier's job
// (.prettierrc.json), so no stylistic rule here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'examples/', '__tests__/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Finding and escaping control characters in untrusted text is what these patterns are for.
      'no-control-regex': 'off',
      // `const { dropped, ...kept } = value` is how a property is left out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // CommonJS on purpose: it loads libraries with require() on first use (see the file's comment).
    files: ['src/apps/libraries.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // INVISIBLE lists combining and variation-selector code points one by one on purpose: each is to be escaped.
    files: ['src/engine/quote.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
);
