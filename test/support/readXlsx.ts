import XLSX from '@e965/xlsx';
import type { CellValue } from '../../domain/grid/grid';

/**
 * An independent reader for tests: SheetJS (not ExcelJS, which writes our files) for values, merges
 * and sheet states, and the raw OOXML parts, unzipped by SheetJS's CFB module, for what SheetJS does
 * not expose (data validations, sheet protection, cell locks, fills, frozen panes).
 */
export interface XlsxCellLook {
  locked: boolean;
  bold: boolean;
  italic: boolean;
  fontSize: number | undefined;
  /** ARGB of a solid fill, e.g. "FFFFF2CC"; undefined without one. */
  fillArgb: string | undefined;
  hasBorder: boolean;
  numFmt: string;
}

export interface XlsxDataValidation {
  sqref: string;
  type: string | undefined;
  formula1: string | undefined;
  attributes: Record<string, string>;
}

export interface XlsxSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** From A1 to the bottom-right of the sheet's used range; missing cells are null. */
  values: CellValue[][];
  merges: string[];
  /** Width by 0-based column, from the `<col>` elements (a column without one is a hole). */
  columnWidths: (number | undefined)[];
  /** `defaultColWidth` of `<sheetFormatPr>`: the width of columns without a `<col>`. */
  defaultColumnWidth: number | undefined;
  frozenRows: number;
  dataValidations: XlsxDataValidation[];
  /** Attributes of `<sheetProtection>`, or null when the sheet is not protected. */
  protection: Record<string, string> | null;
  look(address: string): XlsxCellLook;
  /** The worksheet part as written. */
  xml: string;
}

export interface XlsxBook {
  sheetNames: string[];
  sheet(name: string): XlsxSheet;
  /** A raw part of the package, e.g. "xl/styles.xml". */
  part(path: string): string;
}

interface CfbContainer {
  FullPaths: string[];
  FileIndex: { content: Uint8Array | number[] }[];
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');

const attributesOf = (tagText: string): Record<string, string> => {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of tagText.matchAll(/([\w:]+)="([^"]*)"/g)) attributes[name!] = unescapeXml(value!);
  return attributes;
};

/** Elements `<tag …/>` or `<tag …>…</tag>` inside `xml`, as [attributes text, inner xml]. */
const elements = (xml: string, tag: string): [string, string][] =>
  [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g'))].map((m) => [m[1] ?? '', m[2] ?? '']);

const section = (xml: string, tag: string): string => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? '';

const builtinFormats: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 49: '@' };

const readStyles = (stylesXml: string): ((xfIndex: number) => XlsxCellLook) => {
  const customFormats = new Map(elements(section(stylesXml, 'numFmts'), 'numFmt').map(([a]) => {
    const attributes = attributesOf(a);
    return [Number(attributes.numFmtId), attributes.formatCode ?? ''] as const;
  }));
  const fonts = elements(section(stylesXml, 'fonts'), 'font').map(([, inner]) => inner);
  const fills = elements(section(stylesXml, 'fills'), 'fill').map(([, inner]) => inner);
  const borders = elements(section(stylesXml, 'borders'), 'border').map(([, inner]) => inner);
  const xfs = elements(section(stylesXml, 'cellXfs'), 'xf');
  return (xfIndex) => {
    const [a, inner] = xfs[xfIndex] ?? ['', ''];
    const attributes = attributesOf(a);
    const font = fonts[Number(attributes.fontId ?? 0)] ?? '';
    const fill = fills[Number(attributes.fillId ?? 0)] ?? '';
    const numFmtId = Number(attributes.numFmtId ?? 0);
    const size = /<sz val="([\d.]+)"/.exec(font)?.[1];
    return {
      locked: !/<protection\b[^>]*locked="(0|false)"/.test(inner),
      bold: /<b\/>|<b val="(1|true)"\/>/.test(font),
      italic: /<i\/>|<i val="(1|true)"\/>/.test(font),
      fontSize: size === undefined ? undefined : Number(size),
      fillArgb: /patternType="solid"/.test(fill) ? /<fgColor rgb="([0-9A-Fa-f]{8})"/.exec(fill)?.[1] : undefined,
      hasBorder: /style="/.test(borders[Number(attributes.borderId ?? 0)] ?? ''),
      numFmt: customFormats.get(numFmtId) ?? builtinFormats[numFmtId] ?? `#${numFmtId}`,
    };
  };
};

const cellValue = (cell: XLSX.CellObject | undefined): CellValue => {
  if (!cell || cell.t === 'z') return null;
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (cell.t === 'n' || cell.t === 's' || cell.t === 'b') return cell.v as CellValue;
  return String(cell.v);
};

/**
 * Opens an .xlsx buffer with SheetJS.
 *
 * @example
 * const book = readXlsx(await renderWorkbook([grid]));
 * book.sheet('绩效目标').dataValidations[0]?.formula1 // '_lists!$A$2:$A$5'
 */
export const readXlsx = (buffer: Buffer): XlsxBook => {
  const workbook = XLSX.read(buffer, { type: 'buffer', cellStyles: false });
  const cfb = (XLSX as unknown as { CFB: { read(data: Buffer, o: { type: 'buffer' }): CfbContainer } }).CFB.read(buffer, { type: 'buffer' });
  const root = cfb.FullPaths[0] ?? '';
  const part = (path: string): string => {
    const index = cfb.FullPaths.findIndex((full) => full.slice(root.length) === path);
    const entry = cfb.FileIndex[index];
    if (index < 0 || !entry) throw new Error(`no part ${path} in the package`);
    return Buffer.from(entry.content).toString('utf8');
  };

  const relTargets = new Map(elements(part('xl/_rels/workbook.xml.rels'), 'Relationship').map(([a]) => {
    const attributes = attributesOf(a);
    const target = attributes.Target ?? '';
    return [attributes.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`] as const;
  }));
  const sheetParts = new Map(elements(part('xl/workbook.xml'), 'sheet').map(([a]) => {
    const attributes = attributesOf(a);
    return [attributes.name ?? '', relTargets.get(attributes['r:id'] ?? '') ?? ''] as const;
  }));
  const lookOfXf = readStyles(part('xl/styles.xml'));
  const states = ['visible', 'hidden', 'veryHidden'] as const;

  const sheet = (name: string): XlsxSheet => {
    const ws = workbook.Sheets[name];
    const info = workbook.Workbook?.Sheets?.find((s) => s.name === name);
    if (!ws || !info) throw new Error(`no sheet ${name}`);
    const xml = part(sheetParts.get(name) ?? '');
    const used = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
    const values = Array.from({ length: used.e.r + 1 }, (_, r) =>
      Array.from({ length: used.e.c + 1 }, (_, c) => cellValue(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined)),
    );
    const xfByCell = new Map(elements(section(xml, 'sheetData'), 'c').map(([a]) => {
      const attributes = attributesOf(a);
      return [attributes.r ?? '', Number(attributes.s ?? 0)] as const;
    }));
    const columnWidths: (number | undefined)[] = [];
    for (const [a] of elements(section(xml, 'cols'), 'col')) {
      const { min, max, width } = attributesOf(a);
      for (let c = Number(min); c <= Number(max); c++) columnWidths[c - 1] = width === undefined ? undefined : Number(width);
    }
    const defaultWidth = attributesOf(/<sheetFormatPr\b([^>]*)\/>/.exec(xml)?.[1] ?? '').defaultColWidth;
    const pane = elements(xml, 'pane').map(([a]) => attributesOf(a))[0];
    const protection = /<sheetProtection\b([^>]*)\/>/.exec(xml);
    return {
      name,
      state: states[info.Hidden ?? 0],
      values,
      merges: (ws['!merges'] ?? []).map((range) => XLSX.utils.encode_range(range)),
      columnWidths,
      defaultColumnWidth: defaultWidth === undefined ? undefined : Number(defaultWidth),
      frozenRows: pane?.state === 'frozen' ? Number(pane.ySplit ?? 0) : 0,
      dataValidations: elements(section(xml, 'dataValidations'), 'dataValidation').map(([a, inner]) => {
        const attributes = attributesOf(a);
        const formula1 = /<formula1>([\s\S]*?)<\/formula1>/.exec(inner)?.[1];
        return { sqref: attributes.sqref ?? '', type: attributes.type, formula1: formula1 === undefined ? undefined : unescapeXml(formula1), attributes };
      }),
      protection: protection ? attributesOf(protection[1] ?? '') : null,
      look: (address) => lookOfXf(xfByCell.get(address) ?? 0),
      xml,
    };
  };
  return { sheetNames: workbook.SheetNames, sheet, part };
};
