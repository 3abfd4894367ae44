// Lint: recommended rules for JS and TypeScript; `npm test` runs it with the typecheck and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // domain/ is pure: no I/O, no clock, no globals (STYLE.md "Ours").
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', '@aws-sdk/*', 'exceljs', '../functions/*', '../addin/*'] }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'domain/ takes time as an argument' }, { object: 'Math', property: 'random', message: 'domain/ takes ids as arguments' }],
    },
  },
);
