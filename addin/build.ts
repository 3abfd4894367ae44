/**
 * Builds the add-in's static files into a folder the local runtime, CloudFront or any HTTPS host
 * serves: taskpane.html/js/css, commands.html/js, help.html, the offline-filling page
 * offline.html/js/css (an ordinary web page for departments without the add-in), the sign-in dialog
 * page auth-dialog.html/js (opened by the pane with the Office dialog API), the icons, the
 * manifest and optionally a config.json. JavaScript is bundled with esbuild for the browser (ES2020,
 * minified); development builds carry source maps, production builds none (they are not served).
 * office.js comes from Microsoft's CDN, or with `officeJs: 'local'` from the copy of
 * `@microsoft/office-js` put beside the pane (docs/deploy.md).
 *
 *   npm run build:addin                                   development: dist/addin, localhost manifest
 *   npm run build:addin -- --origin https://addin.czj.example.gov.cn --api-url … --issuer … [options]
 *                                                         production: manifest and config.json for that origin
 */
import { build } from 'esbuild';
import { cp, copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBuildArguments } from './buildArguments';
import type { AddinConfig } from './config';
import type { DeploymentConfig } from '../contract/addin/deploymentConfig';
import { manifestForOrigin, type ManifestOptions } from '../contract/addin/manifestForOrigin';
import { manifestProblems } from './manifest/manifestProblems';
import { officeJsCdnUrl, type OfficeJsSource } from '../contract/addin/securityHeaders';
import { allElements, parseXml } from './tools/miniXml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files copied as they are: [source in the repo, path in outDir]. */
const staticFiles: [string, string][] = [
  ['addin/taskpane/taskpane.html', 'taskpane.html'],
  ['addin/taskpane/taskpane.css', 'taskpane.css'],
  ['addin/taskpane/help.html', 'help.html'],
  ['addin/offline/offline.html', 'offline.html'],
  ['addin/offline/offline.css', 'offline.css'],
  ['addin/auth/auth-dialog.html', 'auth-dialog.html'],
  ['addin/commands/commands.html', 'commands.html'],
];

/** Pages that load office.js (the offline page is an ordinary web page without it). */
const officePages = ['taskpane.html', 'commands.html'];

/** Where the local copy of office.js goes in the build, and where it comes from. */
export const localOfficeJsPath = 'office-js/office.js';
const officeJsPackage = 'node_modules/@microsoft/office-js/dist';

export interface BuildAddinOptions {
  /** Written as config.json beside the pane (API base URL, issuer, auth mode). */
  config?: AddinConfig | DeploymentConfig;
  /** No source maps in the output (they are served by nothing and reveal the sources). @default false */
  production?: boolean;
  /** @default 'cdn' */
  officeJs?: OfficeJsSource;
  /**
   * The manifest to write: for an origin (production), the development one (localhost), or none
   * when the host writes its own (CloudFront: the stack knows its domain only at deploy time).
   * @default 'development'
   */
  manifest?: ManifestOptions | 'development' | 'none';
}

/** The paths (relative to the pane's origin) that manifest.xml points at, e.g. "assets/icon-16.png". */
export async function manifestPaths(manifestFile = join(root, 'manifest.xml')): Promise<string[]> {
  const manifest = parseXml(await readFile(manifestFile, 'utf8'));
  const urls = allElements(manifest)
    .flatMap((e) => [e.attributes.DefaultValue ?? '', ...(e.name === 'AppDomain' ? [] : [e.text])])
    .filter((v) => /^https:\/\//.test(v));
  return [...new Set(urls.map((u) => new URL(u).pathname.replace(/^\//, '')))].sort();
}

/** The manifest text for the build, checked (a broken manifest is never written). */
const manifestText = async (choice: NonNullable<BuildAddinOptions['manifest']>): Promise<string | undefined> => {
  if (choice === 'none') return undefined;
  const template = await readFile(join(root, 'manifest.xml'), 'utf8');
  const xml = choice === 'development' ? template : manifestForOrigin(template, choice);
  const problems = manifestProblems(xml, choice === 'development' ? {} : { origin: choice.origin });
  if (problems.length > 0) throw new Error(`buildAddin: the manifest has problems:\n  - ${problems.join('\n  - ')}`);
  return xml;
};

/** Points the office.js script tags at the local copy. */
const useLocalOfficeJs = async (outDir: string): Promise<void> => {
  for (const page of officePages) {
    const html = await readFile(join(outDir, page), 'utf8');
    if (!html.includes(officeJsCdnUrl)) throw new Error(`buildAddin: ${page} does not load office.js from ${officeJsCdnUrl}`);
    await writeFile(join(outDir, page), html.split(officeJsCdnUrl).join(localOfficeJsPath));
  }
  // Debug builds and IntelliSense files are half the package and never loaded.
  await cp(join(root, officeJsPackage), join(outDir, dirname(localOfficeJsPath)), {
    recursive: true,
    filter: (source) => !/\.debug\.js$|-vsdoc\.js$/.test(source),
  });
};

/**
 * Bundles and copies the add-in into `outDir` (emptied first) and checks that every file the
 * manifest references is there.
 *
 * @example
 * await buildAddin('dist/addin', { config: { apiBaseUrl: 'http://localhost:3000', issuerUrl: 'http://localhost:3000', authMode: 'local' } });
 * await buildAddin('dist/addin', { production: true, manifest: { origin: 'https://addin.czj.example.gov.cn' } });
 */
export async function buildAddin(outDir: string, options: BuildAddinOptions = {}): Promise<void> {
  const manifest = await manifestText(options.manifest ?? 'development');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'assets'), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      taskpane: 'addin/taskpane/taskpane.ts',
      commands: 'addin/commands/commands.ts',
      offline: 'addin/offline/offline.ts',
      officeJsWatch: 'addin/officeJs/officeJsWatch.ts',
      'auth-dialog': 'addin/auth/authDialog.ts',
    },
    outdir: outDir,
    bundle: true,
    platform: 'browser',
    target: 'es2020',
    format: 'iife',
    minify: true,
    sourcemap: options.production !== true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  for (const [from, to] of staticFiles) await copyFile(join(root, from), join(outDir, to));
  for (const size of [16, 32, 64, 80]) await copyFile(join(root, `assets/icon-${size}.png`), join(outDir, `assets/icon-${size}.png`));
  if (options.officeJs === 'local') await useLocalOfficeJs(outDir);
  if (manifest !== undefined) await writeFile(join(outDir, 'manifest.xml'), manifest);
  if (options.config) await writeFile(join(outDir, 'config.json'), `${JSON.stringify(options.config, null, 2)}\n`);

  for (const path of await manifestPaths()) {
    const found = await stat(join(outDir, path)).catch(() => undefined);
    if (!found?.isFile()) throw new Error(`buildAddin: manifest.xml references ${path}, which the build did not produce`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const parsed = parseBuildArguments(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.problems.map((problem) => `build:addin: ${problem}`).join('\n')}\n`);
    process.exit(2);
  }
  const outDir = resolve(root, parsed.outDir);
  await buildAddin(outDir, parsed.options);
  console.log(`add-in built into ${outDir}${parsed.options.manifest !== undefined && typeof parsed.options.manifest === 'object' ? ` for ${parsed.options.manifest.origin}` : ''}`);
}
