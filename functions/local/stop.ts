/**
 * `npm run stop`: stops the `npm start` process recorded in `<JIXIAO_DATA_DIR>/jixiao.pid` as Ctrl-C
 * would (SIGTERM; it stops DynamoDB Local and its servers, then exits), and waits for it to go.
 */
import { resolve } from 'node:path';
import { isRunning, readRunningRecord, removePidFile } from './pidFile';

const dataDir = resolve(process.env['JIXIAO_DATA_DIR'] ?? '.local');
const timeoutMs = 30_000;

const main = async (): Promise<number> => {
  const record = await readRunningRecord(dataDir);
  if (record === undefined) {
    await removePidFile(dataDir);
    console.log('绩效本地系统未在运行。 / The Jixiao local system is not running.');
    return 0;
  }
  const { pid } = record;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) {
      console.error(`进程 ${pid} 在 ${timeoutMs / 1000} 秒内未退出。 / Process ${pid} did not exit within ${timeoutMs / 1000} s.`);
      return 1;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  console.log(`已停止（进程 ${pid}）。 / Stopped (process ${pid}).`);
  return 0;
};

process.exitCode = await main();
