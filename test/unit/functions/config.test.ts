import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../functions/config';

const minimal = { JWT_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0', JWT_AUDIENCE: 'api://jixiao' };

describe('readConfig', () => {
  it('fills defaults around the two required settings', () => {
    expect(readConfig(minimal)).toEqual({
      tableName: 'jixiao',
      jwt: {
        issuer: minimal.JWT_ISSUER,
        audience: 'api://jixiao',
        claims: { roles: ['roles', 'cognito:groups'], region: 'jixiao_region', department: 'jixiao_department', name: ['name', 'preferred_username'] },
      },
      allowedOrigins: [],
      maxBodyBytes: 1024 * 1024,
    });
  });

  it('reads every setting, lists split on commas', () => {
    const config = readConfig({
      ...minimal,
      TABLE_NAME: 'jixiao-prod',
      EXPORT_BUCKET: 'jixiao-exports',
      JWKS_URL: 'https://login.microsoftonline.com/tenant-id/discovery/v2.0/keys',
      ALLOWED_ORIGINS: 'https://addin.example.cn, https://localhost:3001',
      CLAIM_ROLES: 'cognito:groups',
      CLAIM_REGION: 'custom:region',
      CLAIM_DEPARTMENT: 'custom:department',
      CLAIM_NAME: 'email',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      AWS_REGION: 'cn-north-1',
      MAX_BODY_BYTES: '2000000',
    });
    expect(config).toMatchObject({
      tableName: 'jixiao-prod',
      exportBucket: 'jixiao-exports',
      jwt: { jwksUrl: 'https://login.microsoftonline.com/tenant-id/discovery/v2.0/keys', claims: { roles: ['cognito:groups'], region: 'custom:region', department: 'custom:department', name: ['email'] } },
      allowedOrigins: ['https://addin.example.cn', 'https://localhost:3001'],
      dynamodbEndpoint: 'http://127.0.0.1:8000',
      awsRegion: 'cn-north-1',
      maxBodyBytes: 2_000_000,
    });
  });

  it('names every missing or malformed setting in one error', () => {
    expect(() => readConfig({ JWT_ISSUER: 'not a url', MAX_BODY_BYTES: '-1' })).toThrow(/JWT_ISSUER[\s\S]*JWT_AUDIENCE[\s\S]*MAX_BODY_BYTES/);
  });
});
