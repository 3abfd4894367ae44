/**
 * The response headers of the add-in's pages, defined once for every host that serves them: the
 * CloudFront response headers policy (infra/addinHosting.ts), the local pane server, and the
 * administrator's own web server in external hosting mode (docs/deploy.md lists them).
 *
 * No X-Frame-Options: Office on the web shows the task pane in an iframe of an Office page, so
 * framing is limited with CSP `frame-ancestors` to Office's own hosts instead.
 */

/** Where office.js comes from: Microsoft's CDN, or the copy of `@microsoft/office-js` served with the pane. */
export type OfficeJsSource = 'cdn' | 'local';

/** Microsoft's CDN for office.js (docs: "Referencing the Office JavaScript API library"). */
export const officeJsCdnUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Pages that embed a task pane in Office on the web: Microsoft 365 worldwide and Office 365 operated
 * by 21Vianet (世纪互联). Microsoft publishes no canonical list; these are the hosts Office on the web
 * and its SharePoint/OneDrive document views use today. Desktop Excel opens the pane as a top-level
 * page in its webview, where `frame-ancestors` does not apply.
 */
export const officeFrameAncestors = [
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
  'https://onedrive.live.com',
  'https://*.partner.office365.cn',
  'https://*.sharepoint.cn',
] as const;

/** Scripts office.js itself loads from Microsoft when it comes from the CDN (its host files, MicrosoftAjax). */
const officeJsScriptOrigins = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];

/** Two years, the value HSTS preload lists ask for; subdomains are left alone (other sites of the bureau). */
export const strictTransportSecurity = { maxAgeSeconds: 63_072_000, includeSubdomains: false } as const;

/** The pane's origin only, never its path or query, goes to other sites (the API, the issuer). */
export const referrerPolicy = 'strict-origin-when-cross-origin';

export interface PaneHeaderOptions {
  /**
   * Origins the pane calls with fetch: the API, the OIDC issuer, the export bucket (pre-signed links).
   * Plain strings, not parsed: in the cloud they contain deploy-time values (CloudFormation tokens).
   */
  connectOrigins: readonly string[];
  officeJs: OfficeJsSource;
}

/**
 * The Content-Security-Policy of the pane, the ribbon commands, the help and the offline page: our own
 * scripts and styles only (the pages use no inline script or style attribute), office.js from where
 * the deployment says, fetch only to the listed origins, framing only by Office.
 *
 * @example
 * contentSecurityPolicy({ connectOrigins: ['https://api.czj.example.gov.cn'], officeJs: 'cdn' })
 */
export function contentSecurityPolicy(options: PaneHeaderOptions): string {
  const scripts = options.officeJs === 'cdn' ? ["'self'", ...officeJsScriptOrigins] : ["'self'"];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', ...scripts],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...options.connectOrigins],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'self'", ...officeFrameAncestors],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/**
 * Every security header as name → value, for a server that sets headers itself (the local pane
 * server, an administrator's nginx). `transportSecurity: false` leaves HSTS out: on localhost it would
 * also force https onto the local API on another port.
 *
 * @example
 * securityHeaders({ connectOrigins: ['http://localhost:3000'], officeJs: 'cdn', transportSecurity: false })
 */
export function securityHeaders(options: PaneHeaderOptions & { transportSecurity: boolean }): Record<string, string> {
  const hsts = `max-age=${strictTransportSecurity.maxAgeSeconds}${strictTransportSecurity.includeSubdomains ? '; includeSubDomains' : ''}`;
  return {
    'content-security-policy': contentSecurityPolicy(options),
    ...(options.transportSecurity ? { 'strict-transport-security': hsts } : {}),
    'referrer-policy': referrerPolicy,
    'x-content-type-options': 'nosniff',
  };
}
