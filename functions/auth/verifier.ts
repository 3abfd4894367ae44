import type { Principal } from '../../contract/principal';

/**
 * Turns a bearer token into the caller. Throws an AppError: 401 `auth.invalidToken` for a token that
 * is malformed, expired, badly signed or for another issuer or audience; 403 for a valid token whose
 * claims give no usable role, region or department.
 */
export type Verifier = (token: string) => Promise<Principal>;
