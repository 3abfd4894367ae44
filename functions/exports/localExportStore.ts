import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { appError } from '../errors/appError';
import type { ExportFile, ExportLink, ExportStore } from './exportStore';
import { signExport, verifyExportSignature } from './signedLink';

export interface LocalExportStoreOptions {
  /** Folder for the files, e.g. ".local/exports". */
  dir: string;
  /** Secret for the HMAC of download links (at least 32 bytes). */
  secret: Uint8Array;
}

export interface LocalExportStore extends ExportStore {
  /**
   * Opens a stored file for `GET /v1/exports/{id}/download?expires=&sig=`: 403 `export.badSignature`
   * for a wrong or expired link, 404 for a file that is gone.
   */
  open(id: string, expires: number, sig: string, now: Date): Promise<{ file: ExportFile; bytes: number; stream: () => Readable }>;
}

// Ids are UUIDs: nothing else may reach the file system (no "..", no separators).
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const badLink = () =>
  appError('export.badSignature', { zh: '下载链接无效或已过期，请重新导出', en: 'The download link is invalid or has expired; export again' });

/**
 * The local stand-in for S3: files in `<dir>/<id>/`, with their name and type in `meta.json`, and
 * download links signed with HMAC-SHA256 that the local API serves without a Bearer token.
 *
 * @example
 * const store = localExportStore({ dir: '.local/exports', secret: randomBytes(32) });
 */
export const localExportStore = (options: LocalExportStoreOptions): LocalExportStore => {
  if (options.secret.length < 32) throw new RangeError('localExportStore: the link secret needs at least 32 bytes');
  const root = resolve(options.dir);
  const folder = (id: string) => {
    if (!uuid.test(id)) throw new RangeError(`export id is not a UUID: ${id}`);
    return join(root, id);
  };
  const dataPath = (id: string) => join(folder(id), 'data');
  return {
    async save(file, write) {
      await mkdir(folder(file.id), { recursive: true });
      await writeFile(join(folder(file.id), 'meta.json'), JSON.stringify(file));
      const output = createWriteStream(dataPath(file.id));
      const done = finished(output);
      try {
        await write(output);
        await done;
      } catch (error) {
        output.destroy();
        await done.catch(() => undefined);
        throw error;
      }
      return { bytes: (await stat(dataPath(file.id))).size };
    },
    async link(file, now, ttlSeconds): Promise<ExportLink> {
      const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
      const query = new URLSearchParams({ expires: String(expires), sig: signExport(options.secret, file.id, expires) });
      return { url: `/v1/exports/${file.id}/download?${query.toString()}`, expiresAt: new Date(expires * 1000).toISOString() };
    },
    async open(id, expires, sig, now) {
      if (!uuid.test(id) || !verifyExportSignature(options.secret, id, expires, sig) || expires * 1000 < now.getTime()) throw badLink();
      try {
        const file = JSON.parse(await readFile(join(folder(id), 'meta.json'), 'utf8')) as ExportFile;
        const bytes = (await stat(dataPath(id))).size;
        return { file, bytes, stream: () => createReadStream(dataPath(id)) };
      } catch (cause) {
        throw appError('export.notFound', { zh: '导出文件不存在或已清理', en: 'The export no longer exists', cause });
      }
    },
  };
};
