/**
 * A small, strict XML reader for our own manifest: elements, attributes, text, comments and the
 * declaration. No DTDs, no namespaces resolution (prefixes stay in names, e.g. "bt:Image"). It
 * throws on anything malformed (unclosed or mismatched tags, duplicate attributes), which is what
 * the manifest test and the build need; it is not a general XML parser.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = entities[ref];
    if (value === undefined) throw new Error(`xml: unknown entity ${whole}`);
    return value;
  });

/** Parses an XML document and returns its root element. */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const fail = (what: string): never => {
    const line = source.slice(0, i).split('\n').length;
    throw new Error(`xml: ${what} at line ${line}`);
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt === -1 ? source.length : lt);
    if (text.trim() !== '') {
      const top = stack[stack.length - 1];
      if (!top) fail('text outside the root element');
      else top.text += decode(text);
    }
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end === -1) fail('unterminated declaration');
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end === -1) fail('unterminated comment');
      i = end + 3;
    } else if (source.startsWith('</', i)) {
      const end = source.indexOf('>', i);
      const name = source.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) fail(`closing </${name}> does not match <${open?.name ?? ''}>`);
      i = end + 1;
    } else {
      const match = /^<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(i));
      if (!match) fail('malformed tag');
      const [whole, name, attrs, selfClosing] = match as unknown as [string, string, string, string];
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (const a of attrs.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const key = a[1]!;
        if (key in element.attributes) fail(`duplicate attribute ${key}`);
        element.attributes[key] = decode(a[2] ?? a[3] ?? '');
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail('a second root element');
      else root = element;
      if (selfClosing !== '/') stack.push(element);
      i += whole.length;
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('xml: no root element');
  return root;
}

/** Every element under (and including) `element`, depth first. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}
