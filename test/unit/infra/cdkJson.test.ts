import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../../infra/jixiaoFunction';

const cdkJson = JSON.parse(readFileSync(join(repositoryRoot, 'cdk.json'), 'utf8')) as Record<string, unknown> & {
  context: Record<string, unknown>;
};
const packageJson = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('cdk.json', () => {
  it('runs infra/app.ts, the same app as `npm run synth`', () => {
    expect(cdkJson.app).toBe('npx tsx infra/app.ts');
    expect(packageJson.scripts.synth).toContain('tsx infra/app.ts');
  });

  it('keeps the CLI offline: no notices, no version reporting, no telemetry', () => {
    expect(cdkJson.notices).toBe(false);
    expect(cdkJson.versionReporting).toBe(false);
    expect(cdkJson.context['cli-telemetry']).toBe(false);
  });

  it('targets the aws-cn partition as well as aws', () => {
    expect(cdkJson.context['@aws-cdk/core:target-partitions']).toEqual(expect.arrayContaining(['aws', 'aws-cn']));
  });
});
