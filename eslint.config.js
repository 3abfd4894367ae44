// Lint: recommended rules for JS and TypeScript; `npm test` runs it with the typecheck and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The layers (docs/architecture.md "Layers"): which top-level folders each folder's code may import.
 * `dev/` (the local runtime composing API and task pane) and `test/` may import anything, so they are
 * not listed. `infra/` names the Lambda entry points in functions/ by path and shares the table's keys.
 */
export const layers = {
  domain: [],
  contract: ['domain'],
  functions: ['contract', 'domain'],
  addin: ['contract', 'domain'],
  infra: ['functions', 'contract', 'domain'],
};
const topFolders = ['domain', 'contract', 'functions', 'addin', 'dev', 'infra', 'test'];

/** A relative import that climbs out of the layer into a folder it may not use: `../../functions/…`. */
const crossingImport = (layer) => {
  const forbidden = topFolders.filter((folder) => folder !== layer && !layers[layer].includes(folder));
  const allowed = [layer, ...layers[layer]].map((folder) => `${folder}/`).join(', ');
  return {
    regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
    message: `${layer}/ 的代码只能引用 ${allowed}（见 docs/architecture.md 分层）; code in ${layer}/ may import only ${allowed} (docs/architecture.md "Layers").`,
  };
};

// domain/ is pure: no I/O, no clock, no globals (STYLE.md "Ours").
const impureModules = { group: ['node:*', 'fs', 'path', '@aws-sdk/*', 'exceljs'], message: 'domain/ is pure: no I/O (STYLE.md "Ours").' };

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
  ...Object.keys(layers).map((layer) => ({
    files: [`${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [crossingImport(layer), ...(layer === 'domain' ? [impureModules] : [])] }],
    },
  })),
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'domain/ takes time as an argument' }, { object: 'Math', property: 'random', message: 'domain/ takes ids as arguments' }],
    },
  },
);
