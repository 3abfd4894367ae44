/**
 * Offline structural checks of an add-in-only XML manifest, for the elements this add-in uses: the
 * child order the OfficeApp schema (1.1) and its VersionOverrides (1.0) require, every `resid`
 * defined once in <Resources>, https URLs only, and for a production origin no localhost and every
 * URL on that origin. Office's own validator (`npm run validate`) needs the network; this does not.
 */
import { allElements, parseXml, type XmlElement } from '../tools/miniXml';

/**
 * The order of the children of each element, per the schema's <xs:sequence>s (only the elements a
 * Jixiao manifest may contain: anything else is reported as unknown).
 */
export const childOrder: Record<string, readonly string[]> = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  CustomTab: ['Group', 'Label'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
  WebApplicationInfo: ['Id', 'Resource', 'Scopes'],
};

/** Children OfficeApp must have (the rest are optional in the schema). */
const requiredTopLevel = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description'];

/** Problems with the order of `element`'s children, if the schema fixes it. */
const orderProblems = (element: XmlElement): string[] => {
  const order = childOrder[element.name];
  if (order === undefined) return [];
  const problems: string[] = [];
  let last = -1;
  for (const child of element.children) {
    const at = order.indexOf(child.name);
    if (at === -1) problems.push(`<${element.name}> has an unknown child <${child.name}>`);
    else if (at < last) problems.push(`<${element.name}>: <${child.name}> must come before <${order[last]}>`);
    else last = at;
  }
  return problems;
};

/** Every attribute value and text that is a URL (namespaces aside). */
const urlsOf = (elements: XmlElement[]): string[] =>
  elements.flatMap((e) => [
    ...Object.entries(e.attributes).filter(([key]) => !key.startsWith('xmlns')).map(([, value]) => value),
    e.text.trim(),
  ]).filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));

export interface ManifestCheckOptions {
  /** The production origin: every URL must be on it (AppDomains aside) and nothing may name localhost. */
  origin?: string;
}

/**
 * The structural problems of a manifest, each a sentence; an empty list means it passed.
 *
 * @example
 * const problems = manifestProblems(xml, { origin: 'https://addin.czj.example.gov.cn' });
 * if (problems.length > 0) throw new Error(problems.join('\n'));
 */
export function manifestProblems(xml: string, options: ManifestCheckOptions = {}): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  if (root.name !== 'OfficeApp') return [`the root element is <${root.name}>, not <OfficeApp>`];
  const elements = allElements(root);
  const problems = [
    ...requiredTopLevel.filter((name) => !root.children.some((c) => c.name === name)).map((name) => `<OfficeApp> lacks <${name}>`),
    ...elements.flatMap(orderProblems),
  ];

  const ids = elements.filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name) && e.attributes.id !== undefined).map((e) => e.attributes.id!);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`resource id ${id} is defined more than once`);
  for (const resid of new Set(elements.map((e) => e.attributes.resid).filter((r): r is string => r !== undefined))) {
    if (!ids.includes(resid)) problems.push(`resid ${resid} is not defined in <Resources>`);
  }

  const appDomains = new Set(elements.filter((e) => e.name === 'AppDomain').map((e) => e.text.trim()));
  for (const url of urlsOf(elements)) {
    const isAppDomain = appDomains.has(url);
    // The local API (npm start) is plain http on localhost; nothing else may be.
    const localApi = isAppDomain && options.origin === undefined && /^http:\/\/localhost(:\d+)?$/.test(url);
    if (!url.startsWith('https://') && !localApi && !url.startsWith('api://')) problems.push(`${url} is not https`);
    if (options.origin === undefined) continue;
    if (/localhost|127\.0\.0\.1/.test(url)) problems.push(`${url} points at localhost in a production manifest`);
    else if (!isAppDomain && url.startsWith('https://') && new URL(url).origin !== options.origin) problems.push(`${url} is not on ${options.origin}`);
  }
  if (options.origin !== undefined && !appDomains.has(options.origin)) problems.push(`<AppDomains> does not list ${options.origin}`);
  return problems;
}
