import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pullPlanner } from '../../addin/consolidation/pullPlanner';
import { rowCells } from '../../domain/consolidation/consolidationColumn';
import { indicatorColumns, projectColumns } from '../../domain/consolidation/consolidationColumns';
import { consolidationSheetNames } from '../../domain/consolidation/consolidationSheets';
import { neutralizeValue } from '../../domain/grid/neutralize';
import { targetSheetSource } from '../../functions/consolidation/consolidationSources';
import { consolidationCsvRows } from '../../functions/exports/consolidationCsvRows';
import { consolidationSpec } from '../../functions/exports/consolidationWorkbookSpec';
import { writeConsolidationXlsx } from '../../functions/exports/writeConsolidationXlsx';
import { writeCsv } from '../../functions/exports/writeCsv';
import { createLocalClient } from '../../dev/dynamoLocal';
import { writeConsolidationXlsxWithExcelJs } from './excelJsConsolidationXlsx';
import { countRequests } from './countingClient';
import { peakMemory } from './peakMemory';

/**
 * One phase of the benchmark in its own process, so that its peak memory is its own:
 * `xlsx` (DynamoDB Local → .xlsx file), `csv` (the same rows → CSV, the floor), `xlsx-write` and
 * `csv-write` (the writers alone, from rows loaded first; `exceljs-write` is the ExcelJS reference) or `pull` (the add-in's plan for the same
 * rows: context.sync() calls and the largest request). Prints one JSON
 * line with the figures.
 */
const [phase, configJson] = process.argv.slice(2);
const config = JSON.parse(configJson ?? '{}') as { endpoint: string; tableName: string; regionId: string; year: number; outDir: string };

const client = createLocalClient(config.endpoint);
const counts = countRequests(client);
const store = { dynamo: client, tableName: config.tableName };
const request = { year: config.year, form: 'targetSheet' as const };
const scope = { regionId: config.regionId };

/** Every batch of the consolidation, held in memory, for the write-only phases. */
const loadAll = async () => {
  const batches = [];
  for await (const batch of targetSheetSource.stream(store, scope, request)) batches.push(batch);
  return batches;
};

async function* replay<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

const run = async () => {
  const writeOnly = phase === 'xlsx-write' || phase === 'exceljs-write' || phase === 'csv-write';
  const preloaded = writeOnly ? await loadAll() : [];
  const startRssBytes = process.memoryUsage.rss();
  const memory = peakMemory();
  const started = performance.now();
  const startCpu = process.cpuUsage();
  let result: Record<string, unknown>;
  if (phase === 'xlsx') {
    const path = join(config.outDir, 'consolidation.xlsx');
    const output = createWriteStream(path);
    const closed = new Promise<void>((resolve) => output.on('close', () => resolve()));
    const rows = await writeConsolidationXlsx(targetSheetSource.stream(store, scope, request), consolidationSpec('targetSheet'), output);
    await closed;
    result = { rows, fileBytes: (await stat(path)).size, path };
  } else if (phase === 'csv') {
    const path = join(config.outDir, 'consolidation.csv');
    const output = createWriteStream(path);
    const closed = new Promise<void>((resolve) => output.on('close', () => resolve()));
    const lines = await writeCsv(consolidationCsvRows(targetSheetSource.stream(store, scope, request), consolidationSpec('targetSheet')), output);
    await closed;
    result = { rows: { indicators: lines - 1 }, fileBytes: (await stat(path)).size, path };
  } else if (writeOnly) {
    // The writers alone, from rows already in memory: what the file format costs without the reads.
    const path = join(config.outDir, `write-only-${phase}.${phase === 'csv-write' ? 'csv' : 'xlsx'}`);
    const output = createWriteStream(path);
    const closed = new Promise<void>((resolve) => output.on('close', () => resolve()));
    const spec = consolidationSpec('targetSheet');
    const rows =
      phase === 'xlsx-write'
        ? await writeConsolidationXlsx(replay(preloaded), spec, output)
        : phase === 'exceljs-write'
          ? await writeConsolidationXlsxWithExcelJs(replay(preloaded), spec, output)
          : { indicators: (await writeCsv(consolidationCsvRows(replay(preloaded), spec), output)) - 1 };
    await closed;
    result = { rows, fileBytes: (await stat(path)).size };
  } else if (phase === 'pull') {
    const names = consolidationSheetNames('targetSheet');
    const planner = pullPlanner();
    // As pullIntoExcel does: every write carries the columns' number formats.
    planner.start(names.projects, 1, projectColumns.length, projectColumns.map((column) => column.format));
    planner.start(names.indicators, 1, indicatorColumns.length, indicatorColumns.map((column) => column.format));
    let requests = 0;
    for await (const batch of targetSheetSource.stream(store, scope, request)) {
      requests += planner.append(names.projects, batch.projects.map((row) => rowCells(projectColumns, row).map(neutralizeValue))).length;
      requests += planner.append(names.indicators, batch.indicators.map((row) => rowCells(indicatorColumns, row).map(neutralizeValue))).length;
    }
    requests += planner.flush().length;
    // pullIntoExcel: one sync to find the sheets, one per planned request, one for summary, filters and widths.
    result = { rows: { projects: planner.rowsOf(names.projects) - 1, indicators: planner.rowsOf(names.indicators) - 1 }, syncs: requests + 2, largestRequestBytes: planner.stats().largestRequestBytes };
  } else {
    throw new Error(`unknown phase ${phase}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(startCpu);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { peakRssBytes, peakHeapBytes } = memory.stop();
  client.destroy();
  process.stdout.write(`${JSON.stringify({ phase, seconds, cpuSeconds, startRssBytes, peakRssBytes, peakHeapBytes, dynamo: counts, ...result })}\n`);
};

await run();
