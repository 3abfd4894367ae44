import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PassThrough, type Readable } from 'node:stream';
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
 * Uploads a stream as an S3 multipart upload, one part at a time: memory holds one part
 * (`partBytes`), whatever the file's size, and the object appears only when every part is in.
 * A failure aborts the upload so no orphan parts are billed.
 */
const uploadStream = async (options: Required<S3ExportStoreOptions>, key: string, file: ExportFile, body: Readable): Promise<number> => {
  const { client, bucket, partBytes } = options;
  const { UploadId } = await client.send(
    new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: file.contentType, ContentDisposition: contentDisposition(file) }),
  );
  const parts: { ETag: string | undefined; PartNumber: number }[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  /** Sends the first `size` pending bytes as the next part and keeps the rest. */
  const sendPart = async (size: number) => {
    const all = Buffer.concat(pending, pendingBytes);
    const Body = all.subarray(0, size);
    pending = size < all.length ? [all.subarray(size)] : [];
    pendingBytes = all.length - size;
    const PartNumber = parts.length + 1;
    const { ETag } = await client.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber, Body }));
    parts.push({ ETag, PartNumber });
  };
  try {
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      pending.push(buffer);
      pendingBytes += buffer.length;
      total += buffer.length;
      // Every part but the last has exactly `partBytes`.
      while (pendingBytes >= partBytes) await sendPart(partBytes);
    }
    // The last part may be small; an empty file still needs one part.
    if (pendingBytes > 0 || parts.length === 0) await sendPart(pendingBytes);
    await client.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }));
    return total;
  } catch (error) {
    await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId })).catch(() => undefined);
    throw error;
  }
};

/**
 * Exports in S3: streamed in by multipart upload, fetched through a pre-signed GET whose response
 * carries the file's name.
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
      const body = new PassThrough();
      const uploading = uploadStream(settings, keyOf(file), file, body);
      // If the upload fails first, the writer must not wait forever on a full stream.
      uploading.catch((error: unknown) => body.destroy(error as Error));
      try {
        await write(body);
      } catch (error) {
        body.destroy(error as Error);
        await uploading.catch(() => undefined);
        throw error;
      }
      return { bytes: await uploading };
    },
    async link(file, now, ttlSeconds): Promise<ExportLink> {
      const command = new GetObjectCommand({ Bucket: settings.bucket, Key: keyOf(file), ResponseContentDisposition: contentDisposition(file) });
      const url = await getSignedUrl(settings.client, command, { expiresIn: ttlSeconds, signingDate: now });
      return { url, expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString() };
    },
  };
};
