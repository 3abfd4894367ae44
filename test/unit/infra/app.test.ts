import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../../infra/jixiaoFunction';

describe('infra/app.ts', () => {
  it('stops with the list of missing settings, and no stack trace, when a stage lacks them', () => {
    // The CDK CLI hands `-c` values to the app through CDK_CONTEXT_JSON.
    const run = spawnSync(process.execPath, [join(repositoryRoot, 'node_modules/tsx/dist/cli.mjs'), 'infra/app.ts'], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, CDK_CONTEXT_JSON: JSON.stringify({ stage: 'prod', issuer: 'https://login.example.gov.cn' }) },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid CDK context settings');
    expect(run.stderr).toContain('audience: 缺少，请用 -c audience=… 提供');
    expect(run.stderr).toContain('allowedOrigins:');
    expect(run.stderr).not.toContain('issuer:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
