import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file naming the running `npm start` process, for `npm run stop`. */
export const pidFilePath = (dataDir: string): string => join(dataDir, 'jixiao.pid');

/** What `npm start` records: its process id and the API it serves (to recognise it later). */
export interface RunningRecord {
  pid: number;
  apiUrl: string;
}

/** Whether a process with this id exists (signal 0 checks without sending anything). */
export const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The record in the data folder if its process is alive and still serves our API: a stale file
 * whose pid was reused by another program must never lead `npm run stop` to signal that program.
 */
export const readRunningRecord = async (dataDir: string): Promise<RunningRecord | undefined> => {
  const text = await readFile(pidFilePath(dataDir), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let record: Partial<RunningRecord>;
  try {
    record = JSON.parse(text) as Partial<RunningRecord>;
  } catch {
    return undefined;
  }
  const { pid, apiUrl } = record;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0 || typeof apiUrl !== 'string' || !isRunning(pid)) return undefined;
  const discovery = await fetch(`${apiUrl}/auth/.well-known/openid-configuration`, { signal: AbortSignal.timeout(3_000) })
    .then((response) => (response.ok ? (response.json() as Promise<{ issuer?: unknown }>) : undefined))
    .catch(() => undefined);
  return discovery?.issuer === `${apiUrl}/auth` ? { pid, apiUrl } : undefined;
};

export const writeRunningRecord = (dataDir: string, record: RunningRecord): Promise<void> =>
  writeFile(pidFilePath(dataDir), `${JSON.stringify(record)}\n`);

export const removePidFile = (dataDir: string): Promise<void> => rm(pidFilePath(dataDir), { force: true });
