import { describe, expect, it } from 'vitest';
import { verifiesS256 } from '../../../../functions/auth/pkce';

// RFC 7636 Appendix B.
const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('verifiesS256', () => {
  it('accepts the verifier of the RFC 7636 example', () => {
    expect(verifiesS256(verifier, challenge)).toBe(true);
  });

  it('refuses another verifier, the challenge itself as verifier ("plain"), and malformed values', () => {
    expect(verifiesS256(`${verifier.slice(0, -1)}Y`, challenge)).toBe(false);
    expect(verifiesS256(challenge, challenge)).toBe(false);
    expect(verifiesS256('short', challenge)).toBe(false);
    expect(verifiesS256(`${verifier}+`, challenge)).toBe(false);
    expect(verifiesS256(verifier, `${challenge}=`)).toBe(false);
    expect(verifiesS256(verifier, '')).toBe(false);
  });
});
