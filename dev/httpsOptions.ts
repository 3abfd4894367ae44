import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerOptions } from 'node:https';
import { generateCertificates, getHttpsServerOptions } from 'office-addin-dev-certs';

export interface HttpsCertificates {
  options: ServerOptions;
  /** Where the certificates come from, and what the user must do to trust them (zh + en), if anything. */
  source: 'office-addin-dev-certs' | 'local';
  warning?: { zh: string; en: string };
}

/** Certificates generated for localhost in `dir`, trusted by nobody until the user installs ca.crt. */
const localCertificates = async (dir: string): Promise<ServerOptions> => {
  const paths = { ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
  const read = async () => ({
    ca: await readFile(paths.ca),
    cert: await readFile(paths.cert),
    key: await readFile(paths.key),
  });
  try {
    return await read();
  } catch {
    // generateCertificates writes nothing when ca.crt exists, so a partial set is removed first.
    await Promise.all(Object.values(paths).map((path) => rm(path, { force: true })));
    // 825 days: the longest validity macOS and Chrome accept for a leaf certificate.
    await generateCertificates(paths.ca, paths.cert, paths.key, 825, ['localhost', '127.0.0.1']);
    return read();
  }
};

/**
 * The HTTPS key and certificate for the task pane (Office loads add-ins over HTTPS only).
 * On Windows and macOS: office-addin-dev-certs, which installs its developer CA in the user's trust
 * store (asking once). On Linux (no Excel desktop; its installer would need sudo), with `trust: false`,
 * or when the installer fails: a CA and certificate generated in `certDir`, with a warning saying how
 * to trust them. Never throws for a trust problem, so `npm start` always comes up.
 */
export const httpsOptions = async ({ certDir, trust }: { certDir: string; trust: boolean }): Promise<HttpsCertificates> => {
  const tryDevCerts = trust && (process.platform === 'win32' || process.platform === 'darwin');
  let failure = '';
  if (tryDevCerts) {
    try {
      return { options: await getHttpsServerOptions(), source: 'office-addin-dev-certs' };
    } catch (error) {
      failure = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    }
  }
  const caPath = join(certDir, 'ca.crt');
  return {
    options: await localCertificates(certDir),
    source: 'local',
    warning: {
      zh: `${failure === '' ? '' : `未能安装 Office 开发证书（${failure}）。`}任务窗格使用本地生成的证书；若浏览器或 Excel 提示证书不受信任，请将 ${caPath} 导入为受信任的根证书，或在 Windows/macOS 上运行 npx office-addin-dev-certs install。`,
      en: `${failure === '' ? '' : `Could not install the Office developer certificates (${failure}). `}The task pane uses locally generated certificates; if the browser or Excel says the certificate is not trusted, import ${caPath} as a trusted root, or on Windows/macOS run npx office-addin-dev-certs install.`,
    },
  };
};
