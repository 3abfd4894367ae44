import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import type { ConsolidationBatch } from '../../../domain/consolidation/consolidationRow';
import { targetSheetRows } from '../../../domain/consolidation/targetSheetRows';
import { consolidationSpec } from '../../../functions/exports/consolidationWorkbookSpec';
import { writeConsolidationXlsx } from '../../../functions/exports/writeConsolidationXlsx';
import { collector } from '../consolidation/collect';
import { headOf, projectOf, sheetOf } from '../consolidation/consolidationFixtures';

const run = promisify(execFile);

async function* batchesOf(...batches: ConsolidationBatch[]): AsyncGenerator<ConsolidationBatch> {
  yield* batches;
}

/** LibreOffice converts `file` (in a profile of its own, so parallel runs do not share one) and returns the output. */
const convert = async (dir: string, file: string, to: string): Promise<Buffer> => {
  await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, file], { timeout: 170_000 });
  return readFile(file.replace(/\.xlsx$/, `.${to.split(':')[0]}`));
};

// README prerequisites: LibreOffice (Debian `libreoffice-calc-nogui`); .ci/run installs it when missing.
describe('an exported workbook opens in LibreOffice', () => {
  it('converts to PDF and to CSV, the CSV holding what SheetJS reads from the same file', async () => {
    const rows = targetSheetRows(headOf(), sheetOf({ projectName: '校舍维修 & <改造> "一期"\uFFFE' }), projectOf(), '南通市教育局');
    const { output, done } = collector();
    await writeConsolidationXlsx(batchesOf(rows), consolidationSpec('targetSheet'), output);
    const file = await done;
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-soffice-'));
    try {
      const path = join(dir, 'export.xlsx');
      await writeFile(path, file);
      const pdf = await convert(dir, path, 'pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // The first sheet (汇总) as CSV, UTF-8 (filter options: comma, double quote, UTF-8).
      const csv = (await convert(dir, path, 'csv:Text - txt - csv (StarCalc):44,34,76')).toString('utf8');
      const summary = XLSX.read(file, { type: 'buffer' }).Sheets['绩效目标-汇总']!;
      const sheetJsCsv = XLSX.utils.sheet_to_csv(summary);
      const firstCells = (text: string) => text.split(/\r?\n/).map((line) => line.split(',')[0]?.replace(/"/g, '') ?? '').filter((cell) => cell !== '');
      expect(firstCells(csv).slice(1)).toEqual(firstCells(sheetJsCsv).slice(1));
      expect(csv).toContain('南通市教育局');
      expect(csv).toContain('合计');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
