import { describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import { csvLine, writeCsv } from '../../../functions/exports/writeCsv';
import { collector } from './collect';

describe('writeCsv', () => {
  it('quotes per RFC 4180, ends lines with CRLF and neutralizes formula-like text', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 12.5, null, true])).toBe('"a,b","say ""hi""","two\nlines",12.5,,true\r\n');
    expect(csvLine(['=1+1', '+A1', '-2', '@SUM(A1)', '\tcmd', '-'])).toBe("'=1+1,'+A1,'-2,'@SUM(A1),'\tcmd,-\r\n");
  });

  it('writes a UTF-8 file with a byte-order mark that another reader parses back', async () => {
    const { output, done } = collector();
    const count = await writeCsv([['项目', '金额（万元）'], ['家庭经济困难学生资助', 3560.2], ['=cmd', -3]], output);
    expect(count).toBe(3);
    const bytes = await done;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sheet = XLSX.read(bytes.subarray(3).toString('utf8'), { type: 'string' }).Sheets.Sheet1!;
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual([['项目', '金额（万元）'], ['家庭经济困难学生资助', 3560.2], ["'=cmd", -3]]);
  });
});
