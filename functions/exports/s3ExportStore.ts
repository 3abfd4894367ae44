import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Transform } from 'node:stream';
import type { ExportFile, ExportLink, ExportStore } from './exportStore';

export interface S3ExportStoreOptions {
  client: S3Client;
  bucket: string;
  /** Key prefix, "exports/" by default (the bucket's lifecycle rule expires it). */
  prefix?: string;
  /** Multipart part size; S3's minimum (except the last part) is 5 MiB. 8 MiB by default. */
  partBytes?: number;
}

const minimumPartBytes = 5 * 1024 * 1024;

/** RFC 6266: an ASCII fallback plus the UTF-8 name (RFC 8187), for Chinese file names. */
export const contentDisposition = (file: ExportFile): string =>
  `attachment; filename="${file.id}${file.fileName.slice(file.fileName.lastIndexOf('.'))}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`;

/**
 * Exports in S3: streamed in by `@aws-sdk/lib-storage`'s Upload, fetched through a pre-signed GET
 * whose response carries the file's name. The upload sends one part at a time (queue size 1), so
 * memory holds one part (`partBytes`) whatever the file's size; the object appears only when every
 * part is in, and a failure aborts the multipart upload so no orphan parts are billed. A file
 * smaller than one part goes up as a single PUT.
 *
 * @example
 * const store = s3ExportStore({ client: new S3Client({}), bucket: config.exportBucket });
 */
export const s3ExportStore = (options: S3ExportStoreOptions): ExportStore => {
  const settings: Required<S3ExportStoreOptions> = { prefix: 'exports/', partBytes: 8 * 1024 * 1024, ...options };
  if (settings.partBytes < minimumPartBytes) throw new RangeError('s3ExportStore: parts must be at least 5 MiB');
  const keyOf = (file: ExportFile) => `${settings.prefix}${file.id}`;
  return {
    async save(file, write) {
      let bytes = 0;
      // Counts what passes on its way to the upload: the size the job records.
      const body = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      const upload = new Upload({
        client: settings.client,
        params: { Bucket: settings.bucket, Key: keyOf(file), Body: body, ContentType: file.contentType, ContentDisposition: contentDisposition(file) },
        partSize: settings.partBytes,
        queueSize: 1,
        leavePartsOnError: false,
      });
      const uploading = upload.done();
      // If the upload fails first, the writer must not wait forever on a full stream.
      uploading.catch((error: unknown) => body.destroy(error as Error));
      try {
        await write(body);
      } catch (error) {
        body.destroy(error as Error);
        await upload.abort().catch(() => undefined);
        await uploading.catch(() => undefined);
        throw error;
      }
      await uploading;
      return { bytes };
    },
    async link(file, now, ttlSeconds): Promise<ExportLink> {
      const command = new GetObjectCommand({ Bucket: settings.bucket, Key: keyOf(file), ResponseContentDisposition: contentDisposition(file) });
      const url = await getSignedUrl(settings.client, command, { expiresIn: ttlSeconds, signingDate: now });
      return { url, expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString() };
    },
  };
};
