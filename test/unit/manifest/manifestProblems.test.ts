import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { developmentOrigin, manifestForOrigin } from '../../../contract/addin/manifestForOrigin';
import { childOrder, manifestProblems } from '../../../addin/manifest/manifestProblems';
import { allElements, parseXml } from '../../../addin/tools/miniXml';

const template = await readFile('manifest.xml', 'utf8');
const origin = 'https://addin.czj.example.gov.cn';
const production = manifestForOrigin(template, { origin, appDomains: ['https://login.partner.microsoftonline.cn'], version: '1.2.0.0' });
const entra = manifestForOrigin(template, { origin, entra: { clientId: '8c5e7f0a-0000-4000-8000-000000000002' } });

describe('manifestProblems on the manifests we ship', () => {
  it('finds nothing wrong with the checked-in development manifest', () => {
    expect(manifestProblems(template)).toEqual([]);
  });

  it('finds nothing wrong with a production manifest, with or without Entra single sign-on', () => {
    expect(manifestProblems(production, { origin })).toEqual([]);
    expect(manifestProblems(entra, { origin })).toEqual([]);
  });

  it('checks the order of every element the schema orders, in both', () => {
    const ordered = [template, entra].flatMap((xml) => allElements(parseXml(xml))).filter((e) => childOrder[e.name] !== undefined);
    expect(new Set(ordered.map((e) => e.name))).toEqual(new Set(Object.keys(childOrder)));
  });
});

describe('manifestForOrigin', () => {
  it('moves every URL to the origin and names no localhost anywhere', () => {
    expect(production).not.toContain('localhost');
    // Namespaces aside, nothing is plain http.
    expect(production).not.toMatch(/http:\/\/(?!schemas\.microsoft\.com\/|www\.w3\.org\/)/);
    const root = parseXml(production);
    const urls = allElements(root).map((e) => e.attributes.DefaultValue ?? '').filter((v) => v.startsWith('https://'));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).origin).toBe(origin);
    expect(allElements(root).filter((e) => e.name === 'AppDomain').map((e) => e.text)).toEqual([origin, 'https://login.partner.microsoftonline.cn']);
    expect(root.children.find((c) => c.name === 'Version')?.text).toBe('1.2.0.0');
  });

  it('keeps the id, the ribbon, the strings and the requirement sets of the template', () => {
    const pick = (xml: string) =>
      allElements(parseXml(xml))
        .filter((e) => ['Id', 'Set', 'Control', 'bt:String', 'FunctionName'].includes(e.name))
        .map((e) => ({ name: e.name, attributes: e.attributes, text: e.text }));
    expect(pick(production)).toEqual(pick(template));
  });

  it('adds <WebApplicationInfo> last in <VersionOverrides> for Entra ID, with the api:// resource of the add-in host', () => {
    const overrides = parseXml(entra).children.find((c) => c.name === 'VersionOverrides')!;
    const info = overrides.children.at(-1)!;
    expect(info.name).toBe('WebApplicationInfo');
    expect(info.children.map((c) => [c.name, c.text.trim()])).toEqual([
      ['Id', '8c5e7f0a-0000-4000-8000-000000000002'],
      ['Resource', 'api://addin.czj.example.gov.cn/8c5e7f0a-0000-4000-8000-000000000002'],
      ['Scopes', ''],
    ]);
    expect(production).not.toContain('WebApplicationInfo');
  });

  it('replaces the id when asked, and escapes what it writes', () => {
    const other = manifestForOrigin(template, { origin, id: '0d6a2f4e-1111-4222-8333-944455556666' });
    expect(parseXml(other).children.find((c) => c.name === 'Id')?.text).toBe('0d6a2f4e-1111-4222-8333-944455556666');
    expect(manifestForOrigin(template, { origin: 'https://a.example&b' })).toContain('https://a.example&amp;b/taskpane.html');
  });
});

describe('manifestProblems on broken manifests', () => {
  it('reports children out of the schema order', () => {
    const swapped = template.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2\n  $1');
    expect(manifestProblems(swapped)).toEqual(['<OfficeApp>: <Version> must come before <ProviderName>']);
    const labelFirst = template.replace('<Label resid="Tab.Label"/>', '').replace('<CustomTab id="Jixiao.Tab">', '<CustomTab id="Jixiao.Tab"><Label resid="Tab.Label"/>');
    expect(manifestProblems(labelFirst)).toEqual(['<CustomTab>: <Group> must come before <Label>']);
  });

  it('reports a resid that no resource defines, a resource defined twice and an unknown element', () => {
    expect(manifestProblems(template.replace('resid="Check.Tooltip"', 'resid="Check.Tip"'))).toEqual(['resid Check.Tip is not defined in <Resources>']);
    const twice = template.replace('<bt:Url id="Help.Url"', '<bt:Url id="Commands.Url"');
    expect(manifestProblems(twice)).toEqual(expect.arrayContaining(['resource id Commands.Url is defined more than once', 'resid Help.Url is not defined in <Resources>']));
    expect(manifestProblems(template.replace('<Permissions>', '<Extra/><Permissions>'))).toEqual(['<OfficeApp> has an unknown child <Extra>']);
  });

  it('reports http URLs, localhost and foreign URLs in a production manifest', () => {
    expect(manifestProblems(template, { origin })).toEqual(
      expect.arrayContaining([
        `${developmentOrigin}/taskpane.html points at localhost in a production manifest`,
        'http://localhost:3000 is not https',
        `<AppDomains> does not list ${origin}`,
      ]),
    );
    const foreign = production.replace(`${origin}/help.html"`, 'https://elsewhere.example/help.html"');
    expect(manifestProblems(foreign, { origin })).toContain(`https://elsewhere.example/help.html is not on ${origin}`);
    expect(manifestProblems(production.replace(`${origin}/commands.html`, 'http://addin.czj.example.gov.cn/commands.html'), { origin })).toContain(
      'http://addin.czj.example.gov.cn/commands.html is not https',
    );
  });

  it('reports malformed XML and a foreign root instead of throwing', () => {
    expect(manifestProblems('<OfficeApp><Id></OfficeApp>')[0]).toMatch(/^not well-formed XML/);
    expect(manifestProblems('<Other/>')).toEqual(['the root element is <Other>, not <OfficeApp>']);
  });
});
