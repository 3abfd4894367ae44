import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../dev/freePort';
import { readyLine } from '../../../dev/startupBanner';

/** Child processes of `pid` (from `ps`, available on Linux and macOS). */
const childrenOf = (pid: number): { pid: number; command: string }[] =>
  execFileSync('ps', ['-A', '-o', 'pid=,ppid=,comm='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid]) => Number(ppid) === pid)
    .map(([child, , command]) => ({ pid: Number(child), command: command ?? '' }));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Started {
  child: ChildProcess;
  output: () => string;
  apiUrl: string;
}

/** `npm start` as a user runs it (the script's command, without npm in between), in its own process group. */
const start = async (dataDir: string): Promise<Started> => {
  const [apiPort, addinPort, dynamoPort] = [await freePort(), await freePort(), await freePort()];
  const child = spawn(process.execPath, ['--import', 'tsx', 'dev/start.ts'], {
    env: { ...process.env, PORT: String(apiPort), ADDIN_PORT: String(addinPort), DYNAMODB_PORT: String(dynamoPort), JIXIAO_DATA_DIR: dataDir, JIXIAO_TRUST_CERTS: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 110_000;
  while (!output.includes(readyLine)) {
    if (child.exitCode !== null) throw new Error(`npm start exited early (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start not ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, output: () => output, apiUrl: `http://localhost:${apiPort}` };
};

const runStop = (dataDir: string) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'dev/stop.ts'], { env: { ...process.env, JIXIAO_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
};

describe('npm start', () => {
  let dataDir: string;
  const leftovers: number[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jixiao-start-'));
  });
  afterAll(async () => {
    // Only processes this file started, by id, in case an assertion failed half-way.
    for (const pid of leftovers) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints the URLs and demo users, and Ctrl-C stops everything with exit code 0', { timeout: 150_000 }, async () => {
    const { child, output, apiUrl } = await start(dataDir);
    const pid = child.pid ?? 0;
    leftovers.push(pid);
    const java = childrenOf(pid).filter((c) => c.command.includes('java'));
    expect(java).toHaveLength(1);
    leftovers.push(java[0]!.pid);
    expect(output()).toContain(`${apiUrl}/v1`);
    expect(output()).toContain('filer-edu');
    expect(output()).toContain('上传我的加载项');
    expect(existsSync(join(dataDir, 'jixiao.pid'))).toBe(true);
    expect((await fetch(`${apiUrl}/v1/me`)).status).toBe(401);

    // A terminal's Ctrl-C sends SIGINT to the whole foreground process group, java included.
    const exited = once(child, 'exit');
    process.kill(-pid, 'SIGINT');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(alive(java[0]!.pid)).toBe(false);
    expect(existsSync(join(dataDir, 'jixiao.pid'))).toBe(false);
    expect(output()).toContain('已停止 / Stopped');
  });

  it('npm run stop stops a running npm start the same way', { timeout: 150_000 }, async () => {
    const { child, output } = await start(dataDir);
    const pid = child.pid ?? 0;
    leftovers.push(pid);
    const java = childrenOf(pid).filter((c) => c.command.includes('java'));
    leftovers.push(...java.map((c) => c.pid));
    expect(output()).toContain('演示数据已存在 / demo data already present');

    const exited = once(child, 'exit');
    const began = Date.now();
    const stop = runStop(dataDir);
    const [stopCode] = (await once(stop.child, 'exit')) as [number | null];
    expect(stopCode).toBe(0);
    expect(stop.output()).toContain(`已停止（进程 ${pid}）`);
    // Well inside the 20 s grace period: the stop request (pid file removed) worked without a signal.
    expect(Date.now() - began).toBeLessThan(15_000);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(output()).toContain('Stopping (npm run stop)');
    for (const { pid: javaPid } of java) expect(alive(javaPid)).toBe(false);
  });

  it('npm run stop says so when nothing runs, and exits 0', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'jixiao-stop-'));
    const stop = runStop(empty);
    const [code] = (await once(stop.child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(stop.output()).toContain('The Jixiao local system is not running.');
    await rm(empty, { recursive: true, force: true });
  });
});
