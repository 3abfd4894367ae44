import { PassThrough } from 'node:stream';
import { zipWriter } from '../../functions/xlsx/zipWriter';

/** A zip of the given parts, each given as chunks (generated lazily, so a bomb never sits in memory). */
export const zipOf = async (parts: Record<string, () => Iterable<string>>, compressionLevel = 9): Promise<Buffer> => {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => output.on('end', () => resolve(Buffer.concat(chunks))));
  const zip = zipWriter(output, { compressionLevel, modified: new Date(2026, 0, 1) });
  for (const [name, content] of Object.entries(parts)) await zip.add(name, content());
  await zip.finish();
  return done;
};

/** `text` repeated until about `bytes`, in chunks of about 1 MB. */
export function* repeated(head: string, text: string, bytes: number, tail: string): Generator<string> {
  yield head;
  const block = text.repeat(Math.max(1, Math.floor(1_048_576 / text.length)));
  for (let written = 0; written < bytes; written += block.length) yield block;
  yield tail;
}

const sheetHead = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** The package parts of a one-sheet workbook, around the given sheet and shared strings. */
export const workbookParts = (sheet: () => Iterable<string>, sharedStrings?: () => Iterable<string>): Record<string, () => Iterable<string>> => ({
  '[Content_Types].xml': () => [
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
      '</Types>',
  ],
  '_rels/.rels': () => [
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ],
  'xl/workbook.xml': () => [
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="填报" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ],
  'xl/_rels/workbook.xml.rels': () => [
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      (sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
      '</Relationships>',
  ],
  'xl/worksheets/sheet1.xml': sheet,
  ...(sharedStrings ? { 'xl/sharedStrings.xml': sharedStrings } : {}),
});

/** A sheet of about `bytes` of XML: rows of numeric cells (`<c>` elements of the given size). */
export const hugeSheet = (bytes: number) => () => repeated(sheetHead, '<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>', bytes, '</sheetData></worksheet>');

/** A small, valid sheet with one number in A1. */
export const smallSheet = () => () => [`${sheetHead}<row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`];

/** Shared strings of about `bytes`: `items` strings of `<si>` each. */
export const hugeSharedStrings = (bytes: number, itemText: string) => () =>
  repeated('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', `<si><t>${itemText}</t></si>`, bytes, '</sst>');

/**
 * Rewrites the uncompressed size of the entry `name` in the central directory to `declared`: a zip
 * that lies, so that only the inflated bytes can show what it holds.
 */
export const lyingAboutSize = (zip: Buffer, name: string, declared: number): Buffer => {
  const copy = Buffer.from(zip);
  const end = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = copy.readUInt16LE(end + 10);
  let at = copy.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString('utf8', at + 46, at + 46 + nameLength) === name) copy.writeUInt32LE(declared, at + 24);
    at += 46 + nameLength + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
  }
  return copy;
};
