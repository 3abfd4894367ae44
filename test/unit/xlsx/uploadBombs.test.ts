import { describe, expect, it } from 'vitest';
import { AppError } from '../../../functions/errors/appError';
import { openWorkbook, readWorkbookValues } from '../../../functions/xlsx/readWorkbookValues';
import { hugeSharedStrings, hugeSheet, lyingAboutSize, smallSheet, workbookParts, zipOf } from '../../support/zipBombs';

const mb = 1024 * 1024;

/**
 * Runs `work`, sampling RSS every 5 ms and the largest gap between timer ticks (how long other
 * requests would have waited); returns the error it threw.
 */
const measure = async (work: () => Promise<unknown>) => {
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  let last = performance.now();
  let longestStall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - last);
    last = now;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 5);
  const started = performance.now();
  let error: unknown;
  try {
    await work();
  } catch (caught) {
    error = caught;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  return { error: error as AppError, seconds, rssGrowthMb: (peakRss - startRss) / mb, longestStallMs: longestStall };
};

// Generous bounds for a loaded CI machine; without the guard these take tens of seconds and gigabytes.
const maxSeconds = 3;
const maxRssGrowthMb = 100;

// Building a bomb (deflating 160 MB) takes seconds of its own on a loaded machine; only the reading is timed.
describe('uploaded zip bombs', { timeout: 60_000 }, () => {
  it('refuses a sheet declared at 160 MB before inflating it: 413 xlsx.tooLarge', async () => {
    const bomb = await zipOf(workbookParts(hugeSheet(160 * mb)));
    expect(bomb.length).toBeLessThan(1 * mb);
    const result = await measure(() => readWorkbookValues(bomb, '填报'));
    expect(result.error).toBeInstanceOf(AppError);
    expect([result.error.code, result.error.status]).toEqual(['xlsx.tooLarge', 413]);
    expect(result.error.message_zh).toMatch(/过大/);
    expect(result.seconds).toBeLessThan(maxSeconds);
    expect(result.rssGrowthMb).toBeLessThan(maxRssGrowthMb);
  });

  it('stops inflating a sheet that declares 1 KB and holds 160 MB, without blocking other work', async () => {
    const bomb = lyingAboutSize(await zipOf(workbookParts(hugeSheet(160 * mb))), 'xl/worksheets/sheet1.xml', 1024);
    const result = await measure(() => openWorkbook(bomb));
    expect([result.error.code, result.error.status]).toEqual(['xlsx.unreadable', 422]);
    expect(result.seconds).toBeLessThan(maxSeconds);
    expect(result.rssGrowthMb).toBeLessThan(maxRssGrowthMb);
    expect(result.longestStallMs).toBeLessThan(500);
  });

  it('refuses a sheet within the byte limit but past the cell budget: 422 xlsx.tooManyCells', async () => {
    const bomb = await zipOf(workbookParts(hugeSheet(12 * mb)));
    const result = await measure(() => readWorkbookValues(bomb, '填报'));
    expect([result.error.code, result.error.status]).toEqual(['xlsx.tooManyCells', 422]);
    expect(result.error.message_en).toMatch(/100000/);
    expect(result.seconds).toBeLessThan(maxSeconds);
    expect(result.rssGrowthMb).toBeLessThan(maxRssGrowthMb);
  });

  it('refuses a zip of 1,000 parts by its central directory: 413 xlsx.tooLarge', async () => {
    const parts = workbookParts(smallSheet());
    for (let i = 0; i < 1_000; i++) parts[`xl/worksheets/extra${i}.xml`] = () => ['<worksheet/>'];
    const bomb = await zipOf(parts);
    const result = await measure(() => openWorkbook(bomb));
    expect([result.error.code, result.error.status]).toEqual(['xlsx.tooLarge', 413]);
    expect(result.seconds).toBeLessThan(maxSeconds);
  });

  it('refuses huge shared strings: many items past the cell budget, or one text past the byte limit', async () => {
    const many = await zipOf(workbookParts(smallSheet(), hugeSharedStrings(12 * mb, 'x')));
    const manyResult = await measure(() => openWorkbook(many));
    expect([manyResult.error.code, manyResult.error.status]).toEqual(['xlsx.tooManyCells', 422]);
    expect(manyResult.seconds).toBeLessThan(maxSeconds);

    const long = await zipOf(workbookParts(smallSheet(), hugeSharedStrings(64 * mb, 'x'.repeat(64 * mb))));
    const longResult = await measure(() => openWorkbook(long));
    expect([longResult.error.code, longResult.error.status]).toEqual(['xlsx.tooLarge', 413]);
    expect(longResult.seconds).toBeLessThan(maxSeconds);
    expect(longResult.rssGrowthMb).toBeLessThan(maxRssGrowthMb);
  });

  it('still reads a small workbook written by another program', async () => {
    const book = await zipOf(workbookParts(smallSheet()));
    expect(await readWorkbookValues(book, '填报')).toEqual([[7]]);
  });
});
