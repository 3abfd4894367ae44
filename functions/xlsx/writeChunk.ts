import type { Writable } from 'node:stream';

/**
 * Writes one chunk, waiting for `output` to drain when its buffer is full (backpressure); resolves
 * at once otherwise, so that a fast producer is not slowed by a turn of the event loop per chunk.
 */
export const writeChunk = (output: Writable, chunk: string | Buffer): Promise<void> | undefined =>
  output.write(chunk)
    ? undefined
    : new Promise((resolve, reject) => {
        const done = () => {
          output.off('error', reject);
          resolve();
        };
        output.once('drain', done);
        output.once('error', reject);
      });
