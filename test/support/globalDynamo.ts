import type { TestProject } from 'vitest/node';
import { startDynamoLocal } from '../../dev/dynamoLocal';
import { freePort } from '../../dev/freePort';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one DynamoDB Local of an integration run; each test file makes its own table in it. */
    dynamoEndpoint: string;
  }
}

/**
 * Starts DynamoDB Local once for the whole integration project: a JVM start costs ~20 s on a
 * 2-core machine, a table ~0.1 s, so files share the emulator and keep apart by table name.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const local = await startDynamoLocal({ port: await freePort() });
  project.provide('dynamoEndpoint', local.endpoint);
  return () => local.stop();
}
