import { CfnOutput, Fn } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../contract/addin/deploymentConfig';
import type { JixiaoSettings } from './readSettings';

export interface ExternalHostingProps {
  settings: JixiaoSettings;
  /** config.json of the pane, with the API URL as a deploy-time value. */
  config: DeploymentConfig;
  /** The origin of the administrator's own HTTPS host. */
  origin: string;
}

/**
 * External hosting (`addinHosting=external`, e.g. China without an ICP-filed domain for CloudFront):
 * the stack hosts nothing and outputs the one command that builds the folder to copy to the
 * administrator's HTTPS host, manifest and config.json included, from the same settings and the
 * deployed API URL (docs/deploy.md "External hosting").
 */
export const externalHostingOutputs = (scope: Construct, props: ExternalHostingProps): CfnOutput => {
  const { addin } = props.settings;
  const flags = [
    `--origin ${props.origin}`,
    `--api-url ${props.config.apiBaseUrl}`,
    `--issuer ${props.config.issuerUrl}`,
    `--client-id ${addin.clientId}`,
    `--auth-mode ${addin.authMode}`,
    `--office-js ${addin.officeJs}`,
    ...(addin.scopes === undefined ? [] : [`--scopes "${addin.scopes.join(' ')}"`]),
    ...(addin.version === undefined ? [] : [`--version ${addin.version}`]),
  ];
  return new CfnOutput(scope, 'AddinBuildCommand', {
    value: Fn.join(' ', ['npm run build:addin --', ...flags]),
    description: 'Builds dist/addin (manifest and config.json included) for your own HTTPS host',
  });
};
