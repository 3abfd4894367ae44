import { vi } from 'vitest';

/**
 * The JSON lines written to stdout and stderr while `run` runs (Powertools' Logger writes warnings
 * and errors to stderr, the rest and Metrics to stdout), parsed, in order; other output is dropped.
 */
export const captureOutputJson = async (run: () => unknown): Promise<Record<string, unknown>[]> => {
  const written: string[] = [];
  const capture = (chunk: string | Uint8Array): boolean => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [vi.spyOn(process.stdout, 'write').mockImplementation(capture), vi.spyOn(process.stderr, 'write').mockImplementation(capture)];
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};
