/**
 * The config.json of a deployed add-in (beside taskpane.html): where the API and the OIDC issuer are
 * and how the pane signs in. Written by the deployment, never by hand: by the CDK stack from its
 * settings and outputs (infra/addinHosting.ts), or by `npm run build:addin -- --origin … --api-url …`
 * for a folder copied to the bureau's own HTTPS host. The pane reads it with addin/config.ts.
 */
export interface DeploymentConfig {
  /** API origin without "/v1", e.g. "https://api.czj.example.gov.cn". */
  apiBaseUrl: string;
  /** OIDC issuer, e.g. "https://login.partner.microsoftonline.cn/<tenant>/v2.0". */
  issuerUrl: string;
  /** 'local': the local demo issuer; 'oidc': any OIDC issuer; 'entra': Microsoft Entra ID (docs/deploy.md). */
  authMode: 'local' | 'oidc' | 'entra';
  /** The add-in's client id at the issuer (the app registration). */
  clientId?: string;
  /** Scopes the pane asks for, e.g. ["openid", "profile", "api://…/access"]. */
  scopes?: string[];
}

export const authModes = ['local', 'oidc', 'entra'] as const;

/** No trailing slash: the pane appends "/v1/…" (API Gateway's stage URL ends in one). */
export const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');
