import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localExportStore } from '../../../functions/exports/localExportStore';
import { s3ExportStore } from '../../../functions/exports/s3ExportStore';

const file = { id: '0b5f0c2e-3c5e-4a55-9d7e-6f1d2b3c4a5e', fileName: '绩效目标汇总-2026.xlsx', contentType: 'application/octet-stream' };
/** A writer that honours backpressure, as the zip writer's pipe does. */
const writeBytes = (bytes: Buffer, chunk = 1024 * 1024) => async (output: NodeJS.WritableStream) => {
  for (let i = 0; i < bytes.length; i += chunk) {
    if (!output.write(bytes.subarray(i, i + chunk))) await once(output, 'drain');
  }
  output.end();
};

describe('localExportStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-export-test-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const store = () => localExportStore({ dir, secret: Buffer.alloc(32, 7) });

  it('stores a streamed file and opens it through a signed link until it expires', async () => {
    const exports = store();
    expect(await exports.save(file, writeBytes(Buffer.from('hello 绩效')))).toEqual({ bytes: 12 });
    const now = new Date('2026-03-01T00:00:00Z');
    const link = await exports.link(file, now, 900);
    expect(link.expiresAt).toBe('2026-03-01T00:15:00.000Z');
    const url = new URL(link.url, 'http://localhost');
    const expires = Number(url.searchParams.get('expires'));
    const sig = url.searchParams.get('sig')!;
    const opened = await exports.open(file.id, expires, sig, now);
    expect(opened.file).toEqual(file);
    expect(await readFile(join(dir, file.id, 'data'), 'utf8')).toBe('hello 绩效');
    await expect(exports.open(file.id, expires, sig, new Date('2026-03-01T00:15:01Z'))).rejects.toMatchObject({ code: 'export.badSignature', status: 403 });
    await expect(exports.open(file.id, expires + 1, sig, now)).rejects.toMatchObject({ code: 'export.badSignature' });
  });

  it('never lets an id reach outside its folder, and a link from another secret fails', async () => {
    const exports = store();
    await expect(exports.open('../../etc', 9_999_999_999, 'x', new Date())).rejects.toMatchObject({ code: 'export.badSignature' });
    await exports.save(file, writeBytes(Buffer.from('x')));
    const other = localExportStore({ dir, secret: Buffer.alloc(32, 8) });
    const url = new URL((await other.link(file, new Date(), 60)).url, 'http://localhost');
    await expect(exports.open(file.id, Number(url.searchParams.get('expires')), url.searchParams.get('sig')!, new Date())).rejects.toMatchObject({ status: 403 });
  });
});

describe('s3ExportStore', () => {
  const fakeS3 = (failPart?: number) => {
    const sent: { name: string; input: Record<string, unknown> }[] = [];
    const client = new S3Client({ region: 'cn-north-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    client.send = (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      sent.push({ name: command.constructor.name, input: command.input });
      if (command instanceof CreateMultipartUploadCommand) return { UploadId: 'u1' };
      if (command instanceof UploadPartCommand) {
        if (command.input.PartNumber === failPart) throw new Error('network');
        return { ETag: `"e${command.input.PartNumber}"` };
      }
      return {};
    }) as unknown as S3Client['send'];
    return { client, sent };
  };

  it('uploads a stream in parts of the set size (memory bounded by one part) and completes', async () => {
    const { client, sent } = fakeS3();
    const exports = s3ExportStore({ client, bucket: 'exports-bucket', partBytes: 5 * 1024 * 1024 });
    const bytes = Buffer.alloc(12 * 1024 * 1024, 1);
    expect(await exports.save(file, writeBytes(bytes, 256 * 1024))).toEqual({ bytes: bytes.length });
    const parts = sent.filter((s) => s.name === 'UploadPartCommand').map((s) => (s.input.Body as Buffer).length);
    expect(parts).toEqual([5 * 1024 * 1024, 5 * 1024 * 1024, 2 * 1024 * 1024]);
    const create = sent.find((s) => s.name === 'CreateMultipartUploadCommand')!.input;
    expect(create).toMatchObject({ Bucket: 'exports-bucket', Key: `exports/${file.id}` });
    expect(String(create.ContentDisposition)).toContain(encodeURIComponent(file.fileName));
    const complete = sent.find((s) => s.name === CompleteMultipartUploadCommand.name)!.input;
    expect((complete.MultipartUpload as { Parts: unknown[] }).Parts).toEqual([{ ETag: '"e1"', PartNumber: 1 }, { ETag: '"e2"', PartNumber: 2 }, { ETag: '"e3"', PartNumber: 3 }]);
  });

  it('aborts the upload when a part fails, so no parts are left behind', async () => {
    const { client, sent } = fakeS3(2);
    const exports = s3ExportStore({ client, bucket: 'b', partBytes: 5 * 1024 * 1024 });
    await expect(exports.save(file, writeBytes(Buffer.alloc(11 * 1024 * 1024)))).rejects.toThrow();
    expect(sent.map((s) => s.name)).toContain(AbortMultipartUploadCommand.name);
    expect(sent.map((s) => s.name)).not.toContain(CompleteMultipartUploadCommand.name);
  });

  it('signs a GET link for the object that expires when asked, with the partition of the client (aws-cn)', async () => {
    const { client } = fakeS3();
    const exports = s3ExportStore({ client, bucket: 'exports-bucket' });
    const link = await exports.link(file, new Date('2026-03-01T00:00:00Z'), 900);
    const url = new URL(link.url);
    expect(url.hostname).toContain('amazonaws.com.cn');
    expect(url.pathname).toContain(`exports/${file.id}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(link.expiresAt).toBe('2026-03-01T00:15:00.000Z');
  });
});
