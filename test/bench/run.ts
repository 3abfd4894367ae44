import { spawn } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { batchGetLimit } from '../../functions/consolidation/batchGetItems';
import { createLocalClient, ensureTable, startDynamoLocal } from '../../dev/dynamoLocal';
import { freePort } from '../../dev/freePort';
import type { DynamoCounts } from './countingClient';
import { seedBench, type BenchShape } from './seedBench';

/**
 * `npm run bench` (README.md "Consolidation benchmark"): consolidation of a city (5,000 projects × 20 indicators = 100,000
 * indicator rows) from a fresh in-memory DynamoDB Local to an .xlsx file, against the same rows
 * written to CSV as the floor, the writers alone (ours, CSV, and ExcelJS's as the reference), plus
 * the add-in's pull plan for the same rows. Each phase runs in its own process
 * (test/bench/measurePhase.ts) so its peak memory is its own. Exits non-zero when a target is missed:
 * writer alone ≤ 3× CSV, end to end ≤ 1.5× CSV, peak RSS < 200 MB.
 *
 * Options: `--projects 500 --indicators 20` for a quick run.
 */
interface PhaseResult {
  phase: string;
  seconds: number;
  cpuSeconds: number;
  startRssBytes: number;
  peakRssBytes: number;
  peakHeapBytes: number;
  dynamo: DynamoCounts;
  rows: { projects?: number; indicators: number };
  fileBytes?: number;
  syncs?: number;
  largestRequestBytes?: number;
}

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};

const runPhase = (phase: string, config: object, nodeFlags: string[] = []): Promise<PhaseResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', join(import.meta.dirname, 'measurePhase.ts'), phase, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as PhaseResult) : reject(new Error(`phase ${phase} exited with ${code}`))));
  });

/**
 * The fastest of `runs` runs of each phase, interleaved: on a shared machine a run is only ever
 * slowed down by others, so the minimum is the best estimate of what the code costs.
 */
const fastestOf = async (runs: number, phases: [string, string], config: object): Promise<[PhaseResult, PhaseResult]> => {
  const faster = (a: PhaseResult, b: PhaseResult) => (b.seconds < a.seconds ? b : a);
  let best: [PhaseResult, PhaseResult] = [await runPhase(phases[0], config), await runPhase(phases[1], config)];
  for (let run = 1; run < runs; run++) {
    best = [faster(best[0], await runPhase(phases[0], config)), faster(best[1], await runPhase(phases[1], config))];
  }
  return best;
};

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const pageBytes = 1024 * 1024;

const shape: BenchShape = { regionId: 'bench-city', year: 2026, departments: 80, projects: argument('projects', 5000), indicatorsPerProject: argument('indicators', 20) };
// A fresh, in-memory DynamoDB Local for this run only.
const dynamoLocal = await startDynamoLocal({ port: await freePort() });
const table = { dynamo: createLocalClient(dynamoLocal.endpoint), tableName: 'jixiao-bench' };
await ensureTable(table.dynamo, table.tableName);
const outDir = await mkdtemp(join(tmpdir(), 'jixiao-bench-'));
try {
  console.log(`机器 / machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${mb(totalmem())} MB RAM, Node.js ${process.version}`);
  const seedStart = performance.now();
  const seeded = await seedBench(table, shape);
  console.log(`种子数据 / seeded ${seeded.items} items in ${seeded.requests} BatchWriteItem requests, ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const config = { endpoint: dynamoLocal.endpoint, tableName: table.tableName, regionId: shape.regionId, year: shape.year, outDir };
  const [xlsx, csv] = await fastestOf(2, ['xlsx', 'csv'], config);
  // The same export with V8's old space capped: if it completes, the pipeline's live data fits in
  // the cap, and the default run's higher peak is garbage V8 had not yet needed to collect.
  const heapCap = 128;
  const xlsxCapped = await runPhase('xlsx', config, [`--max-old-space-size=${heapCap}`]);
  const pull = await runPhase('pull', config);
  const [xlsxWrite, csvWrite] = await fastestOf(3, ['xlsx-write', 'csv-write'], config);
  const excelJsWrite = await runPhase('exceljs-write', config);

  // The fewest requests a read can take: whole 1 MB Query pages over each partition read, and 100 keys per BatchGetItem.
  const minimum =
    Math.ceil(seeded.bytes.departments / pageBytes) +
    Math.ceil(seeded.bytes.projects / pageBytes) +
    Math.ceil(seeded.bytes.heads / pageBytes) +
    Math.ceil(shape.projects / batchGetLimit);
  const requests = Object.values(xlsx.dynamo.requests).reduce((a, b) => a + b, 0);
  const rowsPerSecond = Math.round(xlsx.rows.indicators / xlsx.seconds);
  const report = {
    rows: xlsx.rows,
    xlsx: { seconds: +xlsx.seconds.toFixed(2), rowsPerSecond, fileMB: +mb(xlsx.fileBytes ?? 0), startRssMB: +mb(xlsx.startRssBytes), peakRssMB: +mb(xlsx.peakRssBytes), peakHeapMB: +mb(xlsx.peakHeapBytes) },
    xlsxHeapCapped: { maxOldSpaceMB: heapCap, seconds: +xlsxCapped.seconds.toFixed(2), peakRssMB: +mb(xlsxCapped.peakRssBytes), peakHeapMB: +mb(xlsxCapped.peakHeapBytes) },
    csvFloor: { seconds: +csv.seconds.toFixed(2), rowsPerSecond: Math.round(csv.rows.indicators / csv.seconds), fileMB: +mb(csv.fileBytes ?? 0), peakRssMB: +mb(csv.peakRssBytes) },
    xlsxOverCsv: +(xlsx.seconds / csv.seconds).toFixed(2),
    writersOnly: {
      xlsxSeconds: +xlsxWrite.seconds.toFixed(2),
      csvSeconds: +csvWrite.seconds.toFixed(2),
      xlsxOverCsv: +(xlsxWrite.seconds / csvWrite.seconds).toFixed(2),
      cpu: { xlsxSeconds: +xlsxWrite.cpuSeconds.toFixed(2), csvSeconds: +csvWrite.cpuSeconds.toFixed(2) },
      excelJs: { seconds: +excelJsWrite.seconds.toFixed(2), cpuSeconds: +excelJsWrite.cpuSeconds.toFixed(2), overCsv: +(excelJsWrite.seconds / csvWrite.seconds).toFixed(2), fileMB: +mb(excelJsWrite.fileBytes ?? 0) },
      xlsxPeakRssMB: +mb(xlsxWrite.peakRssBytes),
    },
    dynamo: { requests: xlsx.dynamo.requests, total: requests, minimum, overMinimum: +(requests / minimum - 1).toFixed(3), capacityUnits: +xlsx.dynamo.capacityUnits.toFixed(1), scans: xlsx.dynamo.requests.ScanCommand ?? 0 },
    pullIntoExcel: { rows: pull.rows, syncs: pull.syncs, largestRequestMB: +mb(pull.largestRequestBytes ?? 0) },
  };
  console.log(JSON.stringify(report, null, 2));
  console.log(`写入器 / writer alone: .xlsx ${report.writersOnly.xlsxSeconds} s ÷ CSV ${report.writersOnly.csvSeconds} s = ${report.writersOnly.xlsxOverCsv}× (ExcelJS: ${report.writersOnly.excelJs.overCsv}×)`);
  console.log(`端到端 / end to end: .xlsx ${report.xlsx.seconds} s ÷ CSV ${report.csvFloor.seconds} s = ${report.xlsxOverCsv}×`);
  const checks = [
    ['.xlsx writer alone within 3× the CSV writer', report.writersOnly.xlsxOverCsv <= 3],
    ['.xlsx end to end within 1.5× the CSV floor', report.xlsxOverCsv <= 1.5],
    ['peak memory under 200 MB (default V8 heap)', report.xlsx.peakRssMB < 200],
    [`peak memory under 300 MB (old space capped at ${heapCap} MB)`, report.xlsxHeapCapped.peakRssMB < 300],
    ['no Scan', report.dynamo.scans === 0],
    ['requests within 10% of the minimum', report.dynamo.overMinimum <= 0.1],
    ['largest add-in request under 5 MB', (pull.largestRequestBytes ?? 0) < 5_000_000],
  ] as const;
  for (const [what, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${what}`);
  // A target missed fails the run (CI or a person can tell from the exit code alone).
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
} finally {
  table.dynamo.destroy();
  await dynamoLocal.stop();
  await rm(outDir, { recursive: true, force: true });
}
