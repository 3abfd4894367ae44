import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { createJixiaoApp, type JixiaoApp } from '../../../infra/createJixiaoApp';
import { repositoryRoot } from '../../../infra/jixiaoFunction';

/** The context defaults of cdk.json (feature flags), so tests synthesize what the CLI synthesizes. */
export const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(repositoryRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

/** Settings as an administrator passes them for a production deployment in a Chinese region. */
export const productionContext = {
  stage: 'prod',
  issuer: 'https://login.partner.microsoftonline.cn/3f0c1c2e-0000-4000-8000-000000000001/v2.0',
  audience: '8c5e7f0a-0000-4000-8000-000000000002',
  jwksUrl: 'https://login.partner.microsoftonline.cn/3f0c1c2e-0000-4000-8000-000000000001/discovery/v2.0/keys',
  allowedOrigins: 'https://addin.czj.nantong.gov.cn, https://addin-backup.czj.nantong.gov.cn',
  alarmEmail: 'ops@czj.nantong.gov.cn',
  claimRoles: 'roles',
  region: 'cn-northwest-1',
  account: '123456789012',
};

export interface SynthesizedJixiao extends JixiaoApp {
  template: Template;
}

/**
 * Builds the app from cdk.json's context plus `context` and synthesizes its stack. Bundling is
 * skipped (`aws:cdk:bundling-stacks` empty) unless `bundle` is set: bundling.test.ts bundles for real.
 */
export const synthJixiao = (context: Record<string, unknown> = {}, options: { outdir?: string; bundle?: boolean } = {}): SynthesizedJixiao => {
  const built = createJixiaoApp({
    context: { ...cdkJsonContext(), ...context, 'aws:cdk:bundling-stacks': options.bundle ? ['**'] : [] },
    ...(options.outdir === undefined ? {} : { outdir: options.outdir }),
  });
  return { ...built, template: Template.fromStack(built.stack) };
};
