import { PassThrough } from 'node:stream';

/** A Writable that collects what is written, for writer tests (not a test file). */
export const collector = () => {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    output.on('end', () => resolve(Buffer.concat(chunks)));
    output.on('error', reject);
  });
  return { output, done };
};
