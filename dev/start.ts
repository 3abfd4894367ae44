/**
 * `npm start`: the whole system on this machine (see startLocalSystem), until Ctrl-C.
 * `npm run dev-server` (`--addin-only`): only the task pane over HTTPS, for an API running elsewhere.
 * Settings: PORT (API, 3000), ADDIN_PORT (3001), DYNAMODB_PORT (8000), JIXIAO_DATA_DIR (.local),
 * JIXIAO_TRUST_CERTS=0 to skip office-addin-dev-certs.
 */
import { unwatchFile, watchFile } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { createJsonLogger } from '../functions/http/logger';
import { demoDepartments, demoRegions } from './seedData';
import { pidFilePath, readRunningRecord, removePidFile, writeRunningRecord } from './pidFile';
import { startAddinServer } from './startAddinServer';
import { LocalSetupError, startLocalSystem } from './startLocalSystem';
import { readyLine, startupBanner } from './startupBanner';

const port = z.coerce.number().int().min(0).max(65535);
const Env = z.object({
  PORT: port.default(3000),
  ADDIN_PORT: port.default(3001),
  DYNAMODB_PORT: port.default(8000),
  JIXIAO_DATA_DIR: z.string().min(1).default('.local'),
  JIXIAO_TRUST_CERTS: z.enum(['0', '1']).default('1'),
});

const fail = (zh: string, en: string): never => {
  console.error(`\n${zh}\n\n${en}\n`);
  process.exit(1);
};

const main = async (): Promise<void> => {
  const parsed = Env.safeParse(process.env);
  if (!parsed.success) {
    fail(`环境变量有误：${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`, `Invalid environment variables: ${z.prettifyError(parsed.error)}`);
    return;
  }
  const env = parsed.data;
  const dataDir = resolve(env.JIXIAO_DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  const logger = createJsonLogger();
  const trustCertificates = env.JIXIAO_TRUST_CERTS === '1';

  if (process.argv.includes('--addin-only')) {
    const apiUrl = `http://localhost:${env.PORT}`;
    const { server, certificates } = await startAddinServer({ dataDir, port: env.ADDIN_PORT, trustCertificates, apiUrl, issuerUrl: `${apiUrl}/auth` });
    console.log(`任务窗格 / Task pane: ${server.url}/taskpane.html  (API: ${apiUrl})`);
    if (certificates.warning) console.log(`${certificates.warning.zh}\n${certificates.warning.en}`);
    console.log(readyLine);
    const close = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', close);
    process.once('SIGTERM', close);
    return;
  }

  const running = await readRunningRecord(dataDir);
  if (running !== undefined) {
    fail(
      `绩效本地系统已在运行（进程 ${running.pid}，${running.apiUrl}，数据目录 ${dataDir}）。请先运行 npm run stop。`,
      `The Jixiao local system is already running (process ${running.pid}, ${running.apiUrl}, data folder ${dataDir}). Run npm run stop first.`,
    );
  }

  const system = await startLocalSystem({ dataDir, apiPort: env.PORT, addinPort: env.ADDIN_PORT, dynamoPort: env.DYNAMODB_PORT, trustCertificates, logger });
  await writeRunningRecord(dataDir, { pid: process.pid, apiUrl: system.apiUrl });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    unwatchFile(pidFilePath(dataDir));
    console.log(`\n正在停止（${signal}）… / Stopping (${signal})…`);
    void system
      .stop()
      .then(() => removePidFile(dataDir))
      .then(
        () => {
          console.log('已停止 / Stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error('stop failed', { error });
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // `npm run stop` removes the pid file: a stop request that works on Windows too, where a signal
  // from another process ends this one without letting it stop DynamoDB Local.
  watchFile(pidFilePath(dataDir), { interval: 500 }, (current) => {
    if (current.mtimeMs === 0) {
      unwatchFile(pidFilePath(dataDir));
      shutdown('npm run stop');
    }
  });

  const names = (items: { id: string; name_zh: string }[]) => Object.fromEntries(items.map((item) => [item.id, item.name_zh]));
  console.log(startupBanner(system, { dataDir, regionNames: names(demoRegions), departmentNames: names(demoDepartments) }));
};

main().catch((error: unknown) => {
  if (error instanceof LocalSetupError) fail(error.message_zh, error.message_en);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    const address = String((error as { port?: unknown }).port ?? '');
    fail(
      `端口 ${address} 已被占用。请关闭占用该端口的程序，或用环境变量 PORT / ADDIN_PORT / DYNAMODB_PORT 换一个端口。`,
      `Port ${address} is in use. Close the program using it, or choose another port with PORT / ADDIN_PORT / DYNAMODB_PORT.`,
    );
  }
  createJsonLogger().error('npm start failed', { error });
  fail('启动失败，详见上方日志。', 'Start-up failed; see the log above.');
});
