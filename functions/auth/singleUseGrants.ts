import { randomBytes } from 'node:crypto';

export interface SingleUseGrants<T> {
  /** Stores `grant` under a new unguessable handle (256 random bits, base64url) and returns the handle. */
  issue: (grant: T) => string;
  /**
   * The grant behind `handle`, removed in the same step so that a second use finds nothing
   * (RFC 6749 §4.1.2 for codes, RFC 9700 §4.14.2 for rotated refresh tokens); undefined when unknown,
   * already used or expired.
   */
  take: (handle: string) => T | undefined;
}

/**
 * Authorization codes and refresh tokens of the local issuer, kept in memory: a restart signs
 * everyone out, which is what a development issuer should do.
 */
export const singleUseGrants = <T>(ttlSeconds: number, now: () => Date): SingleUseGrants<T> => {
  const grants = new Map<string, { grant: T; expiresAt: number }>();
  const forgetExpired = (at: number) => {
    for (const [handle, entry] of grants) if (entry.expiresAt <= at) grants.delete(handle);
  };
  return {
    issue(grant) {
      const at = now().getTime();
      forgetExpired(at);
      const handle = randomBytes(32).toString('base64url');
      grants.set(handle, { grant, expiresAt: at + ttlSeconds * 1000 });
      return handle;
    },
    take(handle) {
      const entry = grants.get(handle);
      grants.delete(handle);
      return entry !== undefined && entry.expiresAt > now().getTime() ? entry.grant : undefined;
    },
  };
};
