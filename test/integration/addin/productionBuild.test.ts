import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAddin, localOfficeJsPath } from '../../../addin/build';
import { parseBuildArguments } from '../../../addin/buildArguments';
import { manifestProblems } from '../../../addin/manifest/manifestProblems';

const origin = 'https://addin.czj.example.gov.cn';
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'jixiao-addin-production-'));
  const parsed = parseBuildArguments([
    '--origin', origin,
    '--api-url', 'https://api.czj.example.gov.cn',
    '--issuer', 'https://sso.czj.example.gov.cn/realms/czj',
    '--client-id', 'jixiao-addin',
    '--office-js', 'local',
  ]);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  await buildAddin(outDir, parsed.options);
}, 120_000);
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('a production build (npm run build:addin -- --origin …)', () => {
  it('writes a manifest for the origin that passes the structural checks and names no localhost', async () => {
    const manifest = await readFile(join(outDir, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifestProblems(manifest, { origin })).toEqual([]);
    expect(manifest).toContain('<AppDomain>https://sso.czj.example.gov.cn</AppDomain>');
  });

  it('writes config.json from the arguments', async () => {
    expect(JSON.parse(await readFile(join(outDir, 'config.json'), 'utf8'))).toEqual({
      apiBaseUrl: 'https://api.czj.example.gov.cn',
      issuerUrl: 'https://sso.czj.example.gov.cn/realms/czj',
      authMode: 'oidc',
      clientId: 'jixiao-addin',
    });
  });

  it('has no source maps and no reference to one', async () => {
    const files = (await readdir(outDir, { recursive: true })).map(String);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const script of ['taskpane.js', 'commands.js', 'offline.js', 'officeJsWatch.js']) {
      expect(await readFile(join(outDir, script), 'utf8')).not.toContain('sourceMappingURL');
    }
  });

  it('serves office.js with the pane: the pages load the local copy, which has its Excel host files but no debug builds', async () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = await readFile(join(outDir, page), 'utf8');
      expect(html).toContain(`<script src="${localOfficeJsPath}"></script>`);
      expect(html).not.toContain('appsforoffice.microsoft.com');
    }
    const taskpane = await readFile(join(outDir, 'taskpane.html'), 'utf8');
    // The watch comes first, so that it sees office.js fail.
    expect(taskpane.indexOf('officeJsWatch.js')).toBeLessThan(taskpane.indexOf(localOfficeJsPath));
    const officeJs = (await readdir(join(outDir, 'office-js'), { recursive: true })).map(String);
    expect(officeJs).toEqual(expect.arrayContaining(['office.js', 'excel-win32-16.01.js', 'excel-web-16.00.js', join('zh-cn', 'office_strings.js')]));
    expect(officeJs.filter((file) => file.endsWith('.debug.js'))).toEqual([]);
  });
});
