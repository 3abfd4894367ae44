import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { JixiaoStack } from './jixiaoStack';
import { developmentStage, type JixiaoSettings, readSettings } from './readSettings';

export interface JixiaoApp {
  app: App;
  stack: JixiaoStack;
  settings: JixiaoSettings;
}

/**
 * Builds the CDK app from its context: validated settings, one stack named after the stage, and
 * cdk-nag's AWS Solutions checks (synthesis fails on any finding that is not acknowledged with a reason).
 *
 * @throws InvalidSettingsError when the context is incomplete or malformed
 * @example
 * const { stack } = createJixiaoApp({ context: { stage: 'prod', issuer: 'https://…', … } });
 */
export const createJixiaoApp = (props: AppProps & { apiEntry?: string } = {}): JixiaoApp => {
  const { apiEntry, ...appProps } = props;
  const app = new App(appProps);
  const settings = readSettings((key) => app.node.tryGetContext(key));
  const stack = new JixiaoStack(app, `Jixiao-${settings.stage}`, {
    settings,
    ...(apiEntry === undefined ? {} : { apiEntry }),
    stackName: `jixiao-${settings.stage}`,
    description: `Jixiao budget performance management backend (${settings.stage})`,
    env: settings.env,
    // Outside dev, `cdk destroy` must be a deliberate two-step act (docs/deploy.md).
    terminationProtection: settings.stage !== developmentStage,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack, settings };
};
