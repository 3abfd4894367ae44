/**
 * Builds the add-in's static files into a folder the local runtime (or any HTTPS host) serves:
 * taskpane.html/js/css, commands.html/js, help.html, the offline-filling page offline.html/js/css
 * (an ordinary web page for departments without the add-in), the icons and manifest.xml, and optionally a
 * config.json. JavaScript is bundled with esbuild for the browser (ES2020, minified, source maps);
 * office.js is loaded from Microsoft's CDN by the html files and never bundled.
 *
 * `npm run build:addin` writes dist/addin.
 */
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddinConfig } from './config';
import { allElements, parseXml } from './tools/miniXml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files copied as they are: [source in the repo, path in outDir]. */
const staticFiles: [string, string][] = [
  ['addin/taskpane/taskpane.html', 'taskpane.html'],
  ['addin/taskpane/taskpane.css', 'taskpane.css'],
  ['addin/taskpane/help.html', 'help.html'],
  ['addin/offline/offline.html', 'offline.html'],
  ['addin/offline/offline.css', 'offline.css'],
  ['addin/commands/commands.html', 'commands.html'],
  ['manifest.xml', 'manifest.xml'],
];

export interface BuildAddinOptions {
  /** Written as config.json beside the pane (API base URL, issuer, auth mode). */
  config?: AddinConfig;
}

/** The paths (relative to the pane's origin) that manifest.xml points at, e.g. "assets/icon-16.png". */
export async function manifestPaths(manifestFile = join(root, 'manifest.xml')): Promise<string[]> {
  const manifest = parseXml(await readFile(manifestFile, 'utf8'));
  const urls = allElements(manifest)
    .flatMap((e) => [e.attributes.DefaultValue ?? '', ...(e.name === 'AppDomain' ? [] : [e.text])])
    .filter((v) => /^https:\/\//.test(v));
  return [...new Set(urls.map((u) => new URL(u).pathname.replace(/^\//, '')))].sort();
}

/**
 * Bundles and copies the add-in into `outDir` (emptied first) and checks that every file the
 * manifest references is there.
 *
 * @example
 * await buildAddin('dist/addin', { config: { apiBaseUrl: 'http://localhost:3000', issuerUrl: 'http://localhost:3000', authMode: 'local' } });
 */
export async function buildAddin(outDir: string, options: BuildAddinOptions = {}): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'assets'), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { taskpane: 'addin/taskpane/taskpane.ts', commands: 'addin/commands/commands.ts', offline: 'addin/offline/offline.ts' },
    outdir: outDir,
    bundle: true,
    platform: 'browser',
    target: 'es2020',
    format: 'iife',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  for (const [from, to] of staticFiles) await copyFile(join(root, from), join(outDir, to));
  for (const size of [16, 32, 64, 80]) await copyFile(join(root, `assets/icon-${size}.png`), join(outDir, `assets/icon-${size}.png`));
  if (options.config) await writeFile(join(outDir, 'config.json'), `${JSON.stringify(options.config, null, 2)}\n`);

  for (const path of await manifestPaths()) {
    const found = await stat(join(outDir, path)).catch(() => undefined);
    if (!found?.isFile()) throw new Error(`buildAddin: manifest.xml references ${path}, which the build did not produce`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = join(root, 'dist', 'addin');
  await buildAddin(outDir);
  console.log(`add-in built into ${outDir}`);
}
