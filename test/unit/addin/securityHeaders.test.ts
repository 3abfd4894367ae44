import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, officeFrameAncestors, securityHeaders } from '../../../contract/addin/securityHeaders';

const directives = (csp: string): Map<string, string[]> =>
  new Map(csp.split('; ').map((directive) => {
    const [name, ...values] = directive.split(' ');
    return [name!, values];
  }));

describe('securityHeaders', () => {
  it('limits framing to Office on the web (worldwide and 21Vianet), never with X-Frame-Options', () => {
    const headers = securityHeaders({ connectOrigins: ['https://api.example.gov.cn'], officeJs: 'cdn', transportSecurity: true });
    expect(directives(headers['content-security-policy']!).get('frame-ancestors')).toEqual(["'self'", ...officeFrameAncestors]);
    expect(officeFrameAncestors).toEqual(expect.arrayContaining(['https://*.officeapps.live.com', 'https://*.partner.office365.cn']));
    expect(Object.keys(headers)).not.toContain('x-frame-options');
    expect(headers).toMatchObject({
      'strict-transport-security': 'max-age=63072000',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-content-type-options': 'nosniff',
    });
  });

  it('allows scripts from the pane itself, and from Microsoft only when office.js comes from the CDN', () => {
    const cdn = directives(contentSecurityPolicy({ connectOrigins: [], officeJs: 'cdn' }));
    const local = directives(contentSecurityPolicy({ connectOrigins: [], officeJs: 'local' }));
    expect(cdn.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com']);
    expect(local.get('script-src')).toEqual(["'self'"]);
    for (const csp of [cdn, local]) {
      expect(csp.get('style-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
      expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    }
  });

  it('lets the pane fetch only from itself and the origins it is given', () => {
    const csp = directives(contentSecurityPolicy({ connectOrigins: ['http://localhost:3000', 'https://sso.example.gov.cn'], officeJs: 'cdn' }));
    expect(csp.get('connect-src')).toEqual(["'self'", 'http://localhost:3000', 'https://sso.example.gov.cn']);
  });

  it('leaves HSTS out on request (localhost, where it would force https onto the local API)', () => {
    const headers = securityHeaders({ connectOrigins: [], officeJs: 'cdn', transportSecurity: false });
    expect(Object.keys(headers).sort()).toEqual(['content-security-policy', 'referrer-policy', 'x-content-type-options']);
  });
});
