import type { Writable } from 'node:stream';
import { columnLetter } from '../../domain/grid/address';
import type { CellValue } from '../../domain/grid/grid';
import { xmlEscape } from './xmlEscape';
import { zipWriter } from './zipWriter';

/** A column of a streamed sheet: width in characters and Excel number format ("@", "0.00", "General"). */
export interface StreamedColumn {
  width: number;
  format: string;
}

/** A sheet with a bold, shaded, frozen header row and a filter over all rows. */
export interface StreamedSheet {
  name: string;
  columns: readonly StreamedColumn[];
  header: readonly string[];
  rows: Iterable<readonly CellValue[]> | AsyncIterable<readonly CellValue[]>;
}

export interface StreamingWorkbookOptions {
  /**
   * zlib level of the zip (default 1: about three times faster than 6 for a file a fifth larger;
   * exports are written once and fetched once).
   */
  compressionLevel?: number;
  /** Written as the file's author (docProps/core.xml). */
  creator?: string;
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Number formats Excel knows by id (ECMA-376 §18.8.30); any other gets an id from 164 on.
const builtInFormats: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** Header rows are taller: the label is two lines (中文 / English). */
const headerHeight = 32;
/** Chunks of about 64 KB of XML go to the zip at a time. */
const chunkChars = 65_536;

// Cell styles: 0 the default, 1 the header, then one per number format of the data columns.
const headerStyle = 1;

/**
 * A fixed style table: the default font and a bold one, the solid light grey header fill, and one
 * cell format per number format that the sheets' columns use.
 */
const styleTable = () => {
  const formats: string[] = [];
  const styleOf = (format: string): number => {
    let index = formats.indexOf(format);
    if (index < 0) index = formats.push(format) - 1;
    return headerStyle + 1 + index;
  };
  const formatId = (format: string): number => builtInFormats[format] ?? 164 + formats.filter((f) => !(f in builtInFormats)).indexOf(format);
  const xml = (): string => {
    const custom = formats.filter((format) => !(format in builtInFormats));
    return (
      `${declaration}<styleSheet xmlns="${main}">` +
      (custom.length > 0 ? `<numFmts count="${custom.length}">${custom.map((format) => `<numFmt numFmtId="${formatId(format)}" formatCode="${xmlEscape(format)}"/>`).join('')}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${2 + formats.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      '<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">' +
      '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
      formats.map((format) => `<xf numFmtId="${formatId(format)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('') +
      '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  };
  return { styleOf, xml };
};

// A text whose first or last character is XML white space keeps it only with xml:space="preserve".
const edgeSpace = /^[ \t\n\r]|[ \t\n\r]$/;
// Most texts need neither escaping nor xml:space: one test of this sends them out as they are.
// eslint-disable-next-line no-control-regex -- control characters are what sends a text the slow way
const plain = /^[^\0-\x08\x0B-\x1F&<>"_\uD800-\uDFFF\uFFFE\uFFFF \t\n](?:[^\0-\x08\x0B-\x1F&<>"_\uD800-\uDFFF\uFFFE\uFFFF]*[^\0-\x08\x0B-\x1F&<>"_\uD800-\uDFFF\uFFFE\uFFFF \t\n])?$/;

/** A text as the content of `<t>`, with xml:space="preserve" when its edges are white space. */
const textXml = (value: string): string => {
  if (plain.test(value)) return `<t>${value}</t>`;
  return `<t${edgeSpace.test(value) ? ' xml:space="preserve"' : ''}>${xmlEscape(value)}</t>`;
};

/**
 * One cell as SpreadsheetML: text inline (no shared-strings table to hold in memory), numbers and
 * booleans as values. `reference` is the cell's address when it must be said; a cell right after
 * another in its row needs none (ECMA-376 §18.3.1.4: `r` is optional), which keeps a quarter of
 * the bytes of a large sheet out of the zip.
 */
const cellXml = (value: string | number | boolean, style: number, reference: string | undefined): string => {
  const r = reference === undefined ? '' : ` r="${reference}"`;
  const s = style === 0 ? '' : ` s="${style}"`;
  if (typeof value === 'string') return `<c${r}${s} t="inlineStr"><is>${textXml(value)}</is></c>`;
  if (typeof value === 'number') return `<c${r}${s}><v>${value}</v></c>`;
  return `<c${r}${s} t="b"><v>${value ? 1 : 0}</v></c>`;
};

/**
 * One row, `styles` by column; empty cells (null, "", a number that is not finite) are left out.
 * The first cell written and any cell after a left-out one carry their address; so do all cells
 * of a header row (`addressAll`).
 */
const rowXml = (row: number, values: readonly CellValue[], styles: readonly number[], letters: readonly string[], attributes = '', addressAll = false): string => {
  let xml = `<row r="${row}"${attributes}>`;
  let addressed = true;
  for (let c = 0; c < values.length; c++) {
    const value = values[c] ?? null;
    if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) {
      addressed = true;
      continue;
    }
    xml += cellXml(value, styles[c] ?? 0, addressed || addressAll ? `${letters[c] ?? columnLetter(c)}${row}` : undefined);
    addressed = false;
  }
  return `${xml}</row>`;
};

/** `'绩效目标-指标'!$A$1:$X$7`: a range on a sheet, for a defined name. */
const sheetRange = (name: string, columns: number, rows: number): string =>
  `'${name.replace(/'/g, "''")}'!$A$1:$${columnLetter(Math.max(columns, 1) - 1)}$${rows}`;

/**
 * A workbook streamed into `output` as zipped SpreadsheetML, for exports: sheets are written one
 * after another as their rows arrive (memory holds one chunk of XML), with inline strings and a fixed
 * style table. Every text goes through `xmlEscape`, so a character XML 1.0 cannot carry is written
 * as U+FFFD and the file is always well-formed. Sheets may be added in any order; `finish` sets the
 * order in which they appear.
 *
 * @example
 * const book = streamingWorkbook(createWriteStream('out.xlsx'));
 * await book.addSheet({ name: '项目', columns: [{ width: 20, format: '@' }], header: ['项目名称'], rows: [['校舍维修']] });
 * await book.finish(['项目']);
 */
export const streamingWorkbook = (output: Writable, options: StreamingWorkbookOptions = {}) => {
  const zip = zipWriter(output, { compressionLevel: options.compressionLevel ?? 1 });
  const styles = styleTable();
  const sheets: { name: string; part: number; filter: string }[] = [];

  /** Streams one sheet; returns the number of data rows (the header not counted). */
  const addSheet = async (sheet: StreamedSheet): Promise<number> => {
    const part = sheets.length + 1;
    const letters = sheet.columns.map((_, c) => columnLetter(c));
    const columnStyles = sheet.columns.map((column) => styles.styleOf(column.format));
    let rows = 0;
    async function* xml(): AsyncGenerator<string> {
      const cols = sheet.columns
        .map((column, c) => `<col min="${c + 1}" max="${c + 1}" width="${column.width}" customWidth="1" style="${columnStyles[c]}"/>`)
        .join('');
      let chunk =
        `${declaration}<worksheet xmlns="${main}" xmlns:r="${relationships}">` +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        `<sheetFormatPr defaultRowHeight="15"/>${cols.length > 0 ? `<cols>${cols}</cols>` : ''}<sheetData>` +
        rowXml(1, sheet.header, sheet.header.map(() => headerStyle), letters, ` ht="${headerHeight}" customHeight="1"`, true);
      for await (const values of sheet.rows) {
        rows++;
        chunk += rowXml(rows + 1, values, columnStyles, letters);
        if (chunk.length >= chunkChars) {
          yield chunk;
          chunk = '';
        }
      }
      const last = `${columnLetter(Math.max(sheet.columns.length, 1) - 1)}${rows + 1}`;
      yield `${chunk}</sheetData><autoFilter ref="A1:${last}"/></worksheet>`;
    }
    await zip.add(`xl/worksheets/sheet${part}.xml`, xml());
    sheets.push({ name: sheet.name, part, filter: sheetRange(sheet.name, sheet.columns.length, rows + 1) });
    return rows;
  };

  /** Writes the workbook, styles and package parts with the sheets in `order` (by name), and ends `output`. */
  const finish = async (order: readonly string[] = sheets.map((sheet) => sheet.name)): Promise<void> => {
    const ordered = order.map((name) => {
      const sheet = sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new RangeError(`no sheet named ${name}`);
      return sheet;
    });
    if (ordered.length !== sheets.length) throw new RangeError('the order must name every sheet once');
    await zip.add(
      'xl/workbook.xml',
      [
        `${declaration}<workbook xmlns="${main}" xmlns:r="${relationships}"><bookViews><workbookView/></bookViews><sheets>` +
          ordered.map((sheet) => `<sheet name="${xmlEscape(sheet.name)}" sheetId="${sheet.part}" r:id="rId${sheet.part}"/>`).join('') +
          '</sheets><definedNames>' +
          ordered.map((sheet, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlEscape(sheet.filter)}</definedName>`).join('') +
          '</definedNames></workbook>',
      ],
    );
    const stylesId = `rId${sheets.length + 1}`;
    await zip.add('xl/_rels/workbook.xml.rels', [
      `${declaration}<Relationships xmlns="${packageRelationships}">` +
        sheets.map((sheet) => `<Relationship Id="rId${sheet.part}" Type="${relationships}/worksheet" Target="worksheets/sheet${sheet.part}.xml"/>`).join('') +
        `<Relationship Id="${stylesId}" Type="${relationships}/styles" Target="styles.xml"/></Relationships>`,
    ]);
    await zip.add('xl/styles.xml', [styles.xml()]);
    await zip.add('docProps/core.xml', [
      `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>${xmlEscape(options.creator ?? '')}</dc:creator></cp:coreProperties>`,
    ]);
    await zip.add('_rels/.rels', [
      `${declaration}<Relationships xmlns="${packageRelationships}">` +
        `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    ]);
    await zip.add('[Content_Types].xml', [
      `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map((sheet) => `<Override PartName="/xl/worksheets/sheet${sheet.part}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ]);
    await zip.finish();
  };

  return { addSheet, finish };
};
