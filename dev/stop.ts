/**
 * `npm run stop`: stops the `npm start` process recorded in `<JIXIAO_DATA_DIR>/jixiao.pid`. Removing
 * the file asks it to stop as Ctrl-C would (it stops DynamoDB Local and its servers, then exits), on
 * every platform; SIGTERM is the fallback if it does not react.
 */
import { resolve } from 'node:path';
import { isRunning, readRunningRecord, removePidFile } from './pidFile';

const dataDir = resolve(process.env['JIXIAO_DATA_DIR'] ?? '.local');
const graceMs = 20_000;
const timeoutMs = 40_000;

const main = async (): Promise<number> => {
  const record = await readRunningRecord(dataDir);
  await removePidFile(dataDir);
  if (record === undefined) {
    console.log('绩效本地系统未在运行。 / The Jixiao local system is not running.');
    return 0;
  }
  const { pid } = record;
  const started = Date.now();
  let signalled = false;
  while (isRunning(pid)) {
    const waited = Date.now() - started;
    if (waited > graceMs && !signalled) {
      process.kill(pid, 'SIGTERM');
      signalled = true;
    }
    if (waited > timeoutMs) {
      console.error(`进程 ${pid} 在 ${timeoutMs / 1000} 秒内未退出。 / Process ${pid} did not exit within ${timeoutMs / 1000} s.`);
      return 1;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  console.log(`已停止（进程 ${pid}）。 / Stopped (process ${pid}).`);
  return 0;
};

process.exitCode = await main();
