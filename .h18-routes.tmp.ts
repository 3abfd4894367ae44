import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { buildRoutes } from './functions/routes/index';
const r = buildRoutes({ dynamo: new DynamoDBClient({ region: 'x' }), tableName: 't', exports: {} as any, exportRunner: {} as any });
for (const x of r) console.log(x.method, x.path, (x as any).public ? 'PUBLIC' : '');
