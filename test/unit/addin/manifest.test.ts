import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { allElements, parseXml, type XmlElement } from '../../../addin/tools/miniXml';
import { addinVersion } from '../../../addin/version';

const manifest = parseXml(await readFile('manifest.xml', 'utf8'));
const elements = allElements(manifest);
const named = (name: string): XmlElement[] => elements.filter((e) => e.name === name);
/** A direct child of the root (names such as Description and SourceLocation recur inside VersionOverrides). */
const top = (name: string): XmlElement => manifest.children.find((c) => c.name === name)!;
const one = (name: string): XmlElement => {
  const found = named(name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};

describe('manifest.xml', () => {
  it('is an Excel task pane add-in with a fixed id, version and zh-CN default locale', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(one('Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one('Version').text).toBe('1.0.0.0');
    expect(addinVersion).toBe(one('Version').text);
    expect(one('DefaultLocale').text).toBe('zh-CN');
    expect(one('Permissions').text).toBe('ReadWriteDocument');
    expect(named('Host').map((h) => h.attributes.Name ?? h.attributes['xsi:type'])).toEqual(['Workbook', 'Workbook']);
    expect(one('Set').attributes).toMatchObject({ Name: 'ExcelApi', MinVersion: '1.8' });
  });

  it('keeps the children of OfficeApp in the order the schema requires', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'VersionOverrides'];
    expect(manifest.children.map((c) => c.name)).toEqual(order);
  });

  it('defines every resid it references exactly once, and uses every resource it defines', () => {
    const defined = elements.filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name)).map((e) => e.attributes.id);
    const ids = defined.filter((id): id is string => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = new Set(elements.map((e) => e.attributes.resid).filter((r): r is string => r !== undefined));
    for (const resid of referenced) expect(ids, resid).toContain(resid);
    // Icon.64x64 is the only resource kept for other surfaces (e.g. the high-resolution icon); no other orphans.
    expect(ids.filter((id) => !referenced.has(id))).toEqual(['Icon.64x64']);
  });

  it('has a zh-CN default and an en-US override for every user-facing string', () => {
    for (const e of [...named('bt:String'), top('DisplayName'), top('Description')]) {
      expect(e.attributes.DefaultValue, e.name).toMatch(/[\u4e00-\u9fff]/);
      const override = e.children.find((c) => c.name.endsWith('Override'));
      expect(override?.attributes.Locale).toBe('en-US');
      expect(override?.attributes.Value).toMatch(/^[A-Z]/);
    }
  });

  it('keeps strings within the schema limits (short 125, long 250 characters)', () => {
    const values = (e: XmlElement) => [e.attributes.DefaultValue ?? '', ...e.children.map((c) => c.attributes.Value ?? '')];
    const short = [top('DisplayName'), ...allElements(one('bt:ShortStrings')).filter((e) => e.name === 'bt:String')].flatMap(values);
    const long = [top('Description'), ...allElements(one('bt:LongStrings')).filter((e) => e.name === 'bt:String')].flatMap(values);
    for (const text of short) expect(text.length, text).toBeLessThanOrEqual(125);
    for (const text of long) expect(text.length, text).toBeLessThanOrEqual(250);
    expect(short.length + long.length).toBeGreaterThan(20);
  });

  it('points every URL at the task pane origin, which is listed in AppDomains with the API origin', () => {
    const urls = elements
      .flatMap((e) => Object.entries(e.attributes).filter(([k]) => !k.startsWith('xmlns')).map(([, v]) => v))
      .filter((v) => /^https?:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).origin).toBe('https://localhost:3001');
    expect(top('DefaultSettings').children[0]!.attributes.DefaultValue).toBe('https://localhost:3001/taskpane.html');
    expect(named('AppDomain').map((d) => d.text)).toEqual(['http://localhost:3000', 'https://localhost:3001']);
  });

  it('has the 绩效 tab with the three buttons, the ribbon check function and existing icons', async () => {
    const strings = new Map(named('bt:String').map((s) => [s.attributes.id, s.attributes.DefaultValue]));
    const tab = one('CustomTab');
    expect(strings.get(tab.children.find((c) => c.name === 'Label')?.attributes.resid)).toBe('绩效');
    const controls = named('Control').map((c) => ({
      label: strings.get(c.children.find((x) => x.name === 'Label')?.attributes.resid),
      action: c.children.find((x) => x.name === 'Action')?.attributes['xsi:type'],
    }));
    expect(controls).toEqual([
      { label: '打开绩效面板', action: 'ShowTaskpane' },
      { label: '检查', action: 'ExecuteFunction' },
      { label: '提交', action: 'ShowTaskpane' },
    ]);
    expect(one('FunctionName').text).toBe('checkSheet');
    const commands = await readFile('addin/commands/commands.ts', 'utf8');
    expect(commands).toContain("Office.actions.associate('checkSheet'");
    for (const image of named('bt:Image').filter((e) => e.attributes.id)) {
      const size = /icon-(\d+)\.png$/.exec(image.attributes.DefaultValue ?? '')?.[1];
      expect(image.attributes.id).toBe(`Icon.${size}x${size}`);
      const png = await readFile(`assets/icon-${size}.png`);
      expect(png.readUInt32BE(16)).toBe(Number(size)); // IHDR width
      expect((await stat(`assets/icon-${size}.png`)).size).toBeGreaterThan(60);
    }
  });
});

describe('parseXml', () => {
  it('rejects malformed documents', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/does not match/);
    expect(() => parseXml('<a>')).toThrow(/unclosed/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<a/><b/>')).toThrow(/second root/);
    expect(parseXml('<a t="&lt;&#x41;&amp;"><b>x &gt; y</b></a>').children[0]!.text).toBe('x > y');
  });
});
