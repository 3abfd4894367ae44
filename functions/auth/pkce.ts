import { createHash, timingSafeEqual } from 'node:crypto';

/** RFC 7636 §4.1: 43–128 characters of [A-Z a-z 0-9 - . _ ~]. */
const verifierPattern = /^[A-Za-z0-9\-._~]{43,128}$/;
/** A S256 challenge is a base64url SHA-256 digest: 43 characters without padding. */
export const challengePattern = /^[A-Za-z0-9\-_]{43}$/;

/**
 * Whether `verifier` is the PKCE code verifier behind the S256 `challenge` (RFC 7636 §4.6):
 * BASE64URL(SHA256(ASCII(verifier))) equals the challenge. Only S256 exists here; "plain" would let
 * whoever sees the authorization request redeem the code.
 */
export const verifiesS256 = (verifier: string, challenge: string): boolean => {
  if (!verifierPattern.test(verifier) || !challengePattern.test(challenge)) return false;
  const computed = Buffer.from(createHash('sha256').update(verifier, 'ascii').digest('base64url'));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
};
