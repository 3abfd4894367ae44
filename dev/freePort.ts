import { createServer } from 'node:net';

/**
 * A TCP port free right now on 127.0.0.1, for a child process that needs a number up front
 * (DynamoDB Local). Another process could take it before the child binds; tests accept that race.
 */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
