import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAddin, manifestPaths } from '../../../addin/build';
import { defaultConfig } from '../../../addin/config';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'jixiao-addin-'));
  await buildAddin(outDir, { config: defaultConfig });
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('buildAddin', () => {
  it('produces every file the manifest references, plus the bundles, source maps and config.json', async () => {
    const paths = await manifestPaths();
    expect(paths).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'help.html', 'assets/icon-16.png', 'assets/icon-80.png']));
    const files = await readdir(outDir);
    expect(files).toEqual(expect.arrayContaining(['taskpane.js', 'taskpane.js.map', 'commands.js', 'commands.js.map', 'taskpane.css', 'manifest.xml', 'config.json', 'auth-dialog.html', 'auth-dialog.js']));
    expect(JSON.parse(await readFile(join(outDir, 'config.json'), 'utf8'))).toMatchObject({ authMode: 'local', clientId: 'jixiao-addin', issuerUrl: 'http://localhost:3000/auth' });
  });

  it('loads office.js from the CDN in the html and never bundles it', async () => {
    for (const page of ['taskpane.html', 'commands.html', 'auth-dialog.html']) {
      const html = await readFile(join(outDir, page), 'utf8');
      expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
      const script = page.replace('.html', '.js');
      // office.js first, then our bundle.
      expect(html.indexOf('office.js')).toBeLessThan(html.indexOf(`src="${script}"`));
    }
    const bundle = await readFile(join(outDir, 'taskpane.js'), 'utf8');
    expect(bundle).not.toContain('OfficeExtension.ClientRequestContext=');
    expect(bundle).toContain('sourceMappingURL=taskpane.js.map');
  });

  it('emits minified scripts that parse as classic browser scripts and keep the Chinese messages (ASCII-escaped)', async () => {
    for (const file of ['taskpane.js', 'commands.js']) {
      const code = await readFile(join(outDir, file), 'utf8');
      expect(() => new Script(code, { filename: file })).not.toThrow();
      // Minified: our TSDoc comments and indentation are gone.
      expect(code).not.toContain('/**');
      expect(code).not.toMatch(/\n {4}\S/);
    }
    expect(await readFile(join(outDir, 'taskpane.js'), 'utf8')).toMatch(/新建申报表|\\u65b0\\u5efa\\u7533\\u62a5\\u8868/i);
  });
});
