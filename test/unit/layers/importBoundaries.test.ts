import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rule of eslint.config.js, run on source text as if it sat in each folder
// (docs/architecture.md "Layers"): every forbidden direction is an error, every allowed one is clean.
// The repository itself is held to the rule by `npm run lint`.
const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.calculateConfigForFile('addin/x.ts'); // loads the config once, under the hook's longer timeout
}, 60_000);

const layerErrors = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('import boundaries between layers', () => {
  const forbidden: [file: string, source: string, layer: string][] = [
    ['addin/api/x.ts', '../../functions/auth/claimsToPrincipal', 'addin'],
    ['addin/x.ts', '../functions/config', 'addin'],
    ['addin/api/x.ts', '../../dev/seed', 'addin'],
    ['addin/api/x.ts', '../../infra/jixiaoStack', 'addin'],
    ['functions/routes/x.ts', '../../addin/api/client', 'functions'],
    ['functions/x.ts', '../addin/config', 'functions'],
    ['functions/routes/x.ts', '../../dev/seed', 'functions'],
    ['domain/model/x.ts', '../../functions/config', 'domain'],
    ['domain/model/x.ts', '../../addin/config', 'domain'],
    ['domain/model/x.ts', '../../contract/principal', 'domain'],
    ['contract/x.ts', '../functions/config', 'contract'],
    ['contract/x.ts', '../addin/config', 'contract'],
    ['infra/x.ts', '../addin/config', 'infra'],
    ['infra/x.ts', '../dev/seed', 'infra'],
  ];

  it.each(forbidden)('%s may not import %s', async (file, source, layer) => {
    for (const code of [
      `import { a } from '${source}';\nexport const b = a;\n`,
      `import type { A } from '${source}';\nexport type B = A;\n`,
      `export { a } from '${source}';\n`,
    ]) {
      const errors = await layerErrors(file, code);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`code in ${layer}/ may import only`);
      expect(errors[0]).toContain('docs/architecture.md');
    }
  });

  const allowed: [file: string, source: string][] = [
    ['addin/api/x.ts', '../../contract/principal'],
    ['addin/api/x.ts', '../../domain/model/role'],
    ['addin/api/x.ts', '../excel/readGrid'],
    ['functions/routes/x.ts', '../../contract/principal'],
    ['functions/routes/x.ts', '../services/scope'],
    ['contract/x.ts', '../domain/model/role'],
    ['infra/x.ts', '../functions/store/tableDefinition'],
    ['dev/x.ts', '../addin/build'],
    ['dev/x.ts', '../functions/routes/index'],
    ['test/unit/x.test.ts', '../../addin/api/client'],
    ['test/unit/x.test.ts', '../../functions/routes/index'],
  ];

  it.each(allowed)('%s may import %s', async (file, source) => {
    expect(await layerErrors(file, `import { a } from '${source}';\nexport const b = a;\n`)).toEqual([]);
  });

  it('keeps domain/ free of I/O modules', async () => {
    const errors = await layerErrors('domain/model/x.ts', `import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n`);
    expect(errors).toEqual(['\'node:fs/promises\' import is restricted from being used by a pattern. domain/ is pure: no I/O (STYLE.md "Ours").']);
  });
});
