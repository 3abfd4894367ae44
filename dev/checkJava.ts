import { spawnSync } from 'node:child_process';

/** DynamoDB Local 3.x needs Java 17 or newer. */
export const minimumJavaMajor = 17;

export type JavaCheck = { ok: true; major: number } | { ok: false; message_zh: string; message_en: string };

/** "17.0.15" → 17, "1.8.0_292" → 8 (the pre-9 numbering). */
export const javaMajor = (versionOutput: string): number | undefined => {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match?.[1] === undefined) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
};

const howToInstall_zh = [
  '安装方法：',
  '  Windows:        winget install Microsoft.OpenJDK.17',
  '  macOS:          brew install openjdk@17',
  '  Debian/Ubuntu:  sudo apt-get install openjdk-17-jre-headless',
  '安装后重新打开终端，再运行 npm start。',
].join('\n');

const howToInstall_en = [
  'To install:',
  '  Windows:        winget install Microsoft.OpenJDK.17',
  '  macOS:          brew install openjdk@17',
  '  Debian/Ubuntu:  sudo apt-get install openjdk-17-jre-headless',
  'Then open a new terminal and run npm start again.',
].join('\n');

/**
 * Whether a Java runtime new enough for DynamoDB Local is on the PATH, with a zh + en explanation
 * and install commands when it is not.
 *
 * @example
 * const java = checkJava();
 * if (!java.ok) { console.error(`${java.message_zh}\n\n${java.message_en}`); process.exit(1); }
 */
export const checkJava = (run: () => { error?: Error; stdout: string; stderr: string } = () => spawnSync('java', ['-version'], { encoding: 'utf8' })): JavaCheck => {
  const result = run();
  if (result.error !== undefined) {
    return {
      ok: false,
      message_zh: `未找到 Java。本地数据库 DynamoDB Local 需要 Java ${minimumJavaMajor} 或更高版本。\n${howToInstall_zh}`,
      message_en: `Java was not found. DynamoDB Local (the local database) needs Java ${minimumJavaMajor} or newer.\n${howToInstall_en}`,
    };
  }
  // `java -version` writes to stderr.
  const major = javaMajor(`${result.stderr}\n${result.stdout}`);
  if (major === undefined || major < minimumJavaMajor) {
    const found = major === undefined ? '未知 / unknown' : String(major);
    return {
      ok: false,
      message_zh: `Java 版本过低（当前 ${found}）。本地数据库 DynamoDB Local 需要 Java ${minimumJavaMajor} 或更高版本。\n${howToInstall_zh}`,
      message_en: `Java is too old (found ${found}). DynamoDB Local (the local database) needs Java ${minimumJavaMajor} or newer.\n${howToInstall_en}`,
    };
  }
  return { ok: true, major };
};
