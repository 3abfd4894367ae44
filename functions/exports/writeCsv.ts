import type { Writable } from 'node:stream';
import type { CellValue } from '../../domain/grid/grid';
import { neutralizeValue } from '../../domain/grid/neutralize';
import { writeChunk } from '../xlsx/writeChunk';

/** A field as RFC 4180 wants it: quoted when it holds a quote, a comma or a line break. */
const field = (value: CellValue): string => {
  const safe = neutralizeValue(value);
  if (safe === null) return '';
  const text = String(safe);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV line (CRLF-terminated, as RFC 4180 and Excel expect). */
export const csvLine = (values: readonly CellValue[]): string => `${values.map(field).join(',')}\r\n`;

/**
 * Streams rows as a UTF-8 CSV file with a byte-order mark (so that Excel and WPS open Chinese text
 * correctly), every text neutralized against formula injection (docs/api.md, consolidated files). Lines are written in
 * blocks of about 64 KB; ends `output` and returns the number of rows.
 *
 * @example
 * await writeCsv([['项目', '金额'], ['家庭经济困难学生资助', 3560]], createWriteStream('out.csv'));
 */
export const writeCsv = async (rows: Iterable<CellValue[]> | AsyncIterable<CellValue[]>, output: Writable): Promise<number> => {
  let block = '\uFEFF';
  let count = 0;
  for await (const row of rows) {
    block += csvLine(row);
    count++;
    if (block.length >= 65_536) {
      await writeChunk(output, block);
      block = '';
    }
  }
  await writeChunk(output, block);
  await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return count;
};
