/**
 * Where the pane and the offline page find the API and the sign-in: `config.json` served beside
 * taskpane.html (the local runtime writes it; a deployment writes its own), falling back to the
 * local defaults. Every mode signs in with the OpenID Connect code flow and PKCE (docs/addin.md).
 */
export interface AddinConfig {
  /** API origin without "/v1", e.g. "http://localhost:3000". */
  apiBaseUrl: string;
  /** The OIDC issuer (authority), e.g. "https://login.partner.microsoftonline.cn/<tenant>/v2.0"; its discovery document says the rest. */
  issuerUrl: string;
  /** The add-in's client id at the issuer (a public client: no secret). */
  clientId: string;
  /**
   * 'local': the local issuer of `npm start`; 'oidc': any other OpenID Connect issuer (Keycloak, a
   * government SSO, Entra ID without nested app authentication); 'entra': Microsoft Entra ID, with
   * nested app authentication in Office where available. All three use the same code flow.
   */
  authMode: 'local' | 'oidc' | 'entra';
  /** Scopes asked for; include the API's scope where the issuer needs one (Entra: "api://…/access_as_user"). */
  scopes: string[];
}

export const defaultConfig: AddinConfig = {
  apiBaseUrl: 'http://localhost:3000',
  issuerUrl: 'http://localhost:3000/auth',
  clientId: 'jixiao-addin',
  authMode: 'local',
  scopes: ['openid', 'profile', 'offline_access'],
};

const isHttpUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v);
const authModes: readonly AddinConfig['authMode'][] = ['local', 'oidc', 'entra'];
const isScope = (v: unknown): v is string => typeof v === 'string' && /^[\x21-\x7e]+$/.test(v);

/** Validates an untrusted config.json body; unknown or malformed fields fall back to the defaults. */
export function parseConfig(body: unknown): AddinConfig {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const scopes = Array.isArray(raw.scopes) && raw.scopes.length > 0 && raw.scopes.every(isScope) ? (raw.scopes as string[]) : defaultConfig.scopes;
  return {
    apiBaseUrl: isHttpUrl(raw.apiBaseUrl) ? raw.apiBaseUrl.replace(/\/+$/, '') : defaultConfig.apiBaseUrl,
    issuerUrl: isHttpUrl(raw.issuerUrl) ? raw.issuerUrl.replace(/\/+$/, '') : defaultConfig.issuerUrl,
    clientId: typeof raw.clientId === 'string' && raw.clientId.trim() !== '' ? raw.clientId.trim() : defaultConfig.clientId,
    authMode: authModes.find((mode) => mode === raw.authMode) ?? defaultConfig.authMode,
    scopes,
  };
}

/** Fetches `config.json` relative to the page; any failure means the local defaults. */
export async function loadConfig(fetchConfig: () => Promise<Response>): Promise<AddinConfig> {
  try {
    const response = await fetchConfig();
    return response.ok ? parseConfig(await response.json()) : defaultConfig;
  } catch {
    return defaultConfig;
  }
}
