/**
 * Where the pane finds the API and the sign-in: `config.json` served beside taskpane.html (the local
 * runtime writes it; a deployment writes its own), falling back to the local defaults.
 */
export interface AddinConfig {
  /** API origin without "/v1", e.g. "http://localhost:3000". */
  apiBaseUrl: string;
  /** Token issuer; locally the dev issuer that answers `POST {issuerUrl}/token { subject }`. */
  issuerUrl: string;
  /** 'local': pick a demo user; 'entra': Office SSO / nested app authentication (docs/addin.md). */
  authMode: 'local' | 'entra';
  /** Demo users offered in local mode (subject and a label); optional. */
  demoUsers?: { subject: string; label: string }[];
}

export const defaultConfig: AddinConfig = {
  apiBaseUrl: 'http://localhost:3000',
  issuerUrl: 'http://localhost:3000',
  authMode: 'local',
  demoUsers: [
    { subject: 'filer-edu', label: '市教育局 填报人 / Education filer' },
    { subject: 'reviewer-city', label: '市财政局 审核人 / City finance reviewer' },
  ],
};

const isHttpUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v);

/** Validates an untrusted config.json body; unknown or malformed fields fall back to the defaults. */
export function parseConfig(body: unknown): AddinConfig {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const demoUsers = Array.isArray(raw.demoUsers)
    ? raw.demoUsers.filter((u): u is { subject: string; label: string } => typeof u?.subject === 'string' && typeof u?.label === 'string')
    : defaultConfig.demoUsers;
  return {
    apiBaseUrl: isHttpUrl(raw.apiBaseUrl) ? raw.apiBaseUrl.replace(/\/+$/, '') : defaultConfig.apiBaseUrl,
    issuerUrl: isHttpUrl(raw.issuerUrl) ? raw.issuerUrl.replace(/\/+$/, '') : defaultConfig.issuerUrl,
    authMode: raw.authMode === 'entra' ? 'entra' : 'local',
    demoUsers,
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
