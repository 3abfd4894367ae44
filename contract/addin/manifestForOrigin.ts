/**
 * Writes the add-in's manifest for the origin that serves it, from the checked-in development
 * manifest (manifest.xml, which points at https://localhost:3001). What changes per deployment: every
 * URL, <AppDomains>, <Version>, optionally <Id>, and <WebApplicationInfo> when sign-in uses Entra ID
 * single sign-on. The ribbon, strings and requirement sets stay those of the template, so a
 * production manifest cannot drift from the one the tests and developers use.
 */

/** The origin of every URL in the development manifest (the local pane server of `npm start`). */
export const developmentOrigin = 'https://localhost:3001';

export interface ManifestOptions {
  /** Where the add-in's files are served, e.g. `https://addin.czj.example.gov.cn` (no path, no slash). */
  origin: string;
  /** Further origins the pane or its sign-in dialog navigates to (the OIDC issuer), listed in <AppDomains>. */
  appDomains?: readonly string[];
  /** Four-part version, e.g. `1.0.0.3`; Office updates an add-in when it rises. @default the template's */
  version?: string;
  /** Another add-in id, e.g. to install a test deployment beside production. @default the template's */
  id?: string;
  /** Entra ID single sign-on (authMode `entra`): the app registration's client id and its resource. */
  entra?: { clientId: string; resource?: string };
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Replaces the text of the one element `<name>…</name>`; the template must have it exactly once. */
const replaceElement = (xml: string, name: string, inner: string): string => {
  const pattern = new RegExp(`<${name}>[\\s\\S]*?</${name}>`, 'g');
  const found = xml.match(pattern) ?? [];
  if (found.length !== 1) throw new Error(`manifestForOrigin: the template has ${found.length} <${name}> elements, expected 1`);
  return xml.replace(pattern, () => `<${name}>${inner}</${name}>`);
};

/**
 * The Entra ID single sign-on element (Office's `getAccessToken`): the resource is
 * `api://<add-in host>/<client id>` unless given, as the app registration's "Application ID URI".
 */
const webApplicationInfo = (origin: string, entra: NonNullable<ManifestOptions['entra']>): string => {
  const resource = entra.resource ?? `api://${origin.replace(/^https:\/\//, '')}/${entra.clientId}`;
  return [
    '    <WebApplicationInfo>',
    `      <Id>${escapeXml(entra.clientId)}</Id>`,
    `      <Resource>${escapeXml(resource)}</Resource>`,
    '      <Scopes>',
    '        <Scope>openid</Scope>',
    '        <Scope>profile</Scope>',
    '      </Scopes>',
    '    </WebApplicationInfo>',
    '',
  ].join('\n');
};

/**
 * The manifest for `options.origin`, from the development manifest's text.
 *
 * The origin is not parsed here: in the cloud it may hold a deploy-time value (the CloudFront domain,
 * a CloudFormation token) that the deployment substitutes. Callers with a literal origin check it
 * with `manifestProblems` (addin/manifest/manifestProblems.ts) before writing the file.
 *
 * @example
 * const xml = manifestForOrigin(await readFile('manifest.xml', 'utf8'), { origin: 'https://addin.czj.example.gov.cn' });
 */
export function manifestForOrigin(template: string, options: ManifestOptions): string {
  let xml = template.replace(/<!--[\s\S]*?-->\n?/, '');
  xml = xml.replace(/(<\?xml[^>]*\?>\n)/, `$1<!-- 绩效 Jixiao add-in manifest for ${escapeXml(options.origin)}, written by \`npm run build:addin\` (docs/deploy.md). -->\n`);
  xml = xml.split(developmentOrigin).join(escapeXml(options.origin));
  const domains = [...new Set([options.origin, ...(options.appDomains ?? [])])];
  xml = replaceElement(xml, 'AppDomains', `\n${domains.map((d) => `    <AppDomain>${escapeXml(d)}</AppDomain>\n`).join('')}  `);
  if (options.version !== undefined) xml = replaceElement(xml, 'Version', escapeXml(options.version));
  if (options.id !== undefined) xml = replaceElement(xml, 'Id', escapeXml(options.id));
  if (options.entra !== undefined) xml = xml.replace('  </VersionOverrides>', `${webApplicationInfo(options.origin, options.entra)}  </VersionOverrides>`);
  return xml;
}
