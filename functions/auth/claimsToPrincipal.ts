import type { JWTPayload } from 'jose';
import { departmentRoles, Role, roles as knownRoles } from '../../domain/model/role';
import { AppError, appError } from '../errors/appError';
import type { HttpErrorCode } from '../errors/errorCatalogue';
import type { Principal } from '../../contract/principal';

/** Which token claims carry the principal's parts; every name is configurable (CLAIM_* settings). */
export interface ClaimNames {
  /** Tried in order; the first present array wins. Entra ID app roles: `roles`; Cognito: `cognito:groups`. */
  roles: string[];
  region: string;
  department: string;
  /** Tried in order; falls back to the subject. */
  name: string[];
}

export const defaultClaimNames: ClaimNames = {
  roles: ['roles', 'cognito:groups'],
  region: 'jixiao_region',
  department: 'jixiao_department',
  name: ['name', 'preferred_username'],
};

const claimForbidden = (code: HttpErrorCode, zh: string, en: string): AppError => appError(code, { zh, en });

const stringClaim = (payload: JWTPayload, name: string): string | undefined => {
  const value = payload[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/**
 * The Principal named by verified claims. A token without any role of ours, without a region, or with a department role but no department is refused with a 403 that says
 * which claim to fix (an identity-provider configuration problem, not a sign-in problem).
 */
export const claimsToPrincipal = (payload: JWTPayload, names: ClaimNames = defaultClaimNames): Principal => {
  const subject = payload.sub;
  if (subject === undefined || subject === '') {
    throw appError('auth.invalidToken', { zh: '访问令牌缺少用户标识（sub）', en: 'The access token has no subject (sub)', headers: { 'www-authenticate': 'Bearer realm="jixiao", error="invalid_token"' } });
  }
  const rolesClaim = names.roles.map((name) => payload[name]).find((value) => Array.isArray(value));
  const claimed = Array.isArray(rolesClaim) ? rolesClaim.filter((value): value is string => typeof value === 'string') : [];
  if (claimed.length === 0) {
    throw claimForbidden(
      'auth.noRole',
      `您的账号未分配角色（令牌声明 ${names.roles.join(' 或 ')}），请联系管理员`,
      `Your account has no role (token claim ${names.roles.join(' or ')}); ask your administrator`,
    );
  }
  // Roles of other applications (Cognito groups, Entra app roles of a shared registration) are
  // ignored; a token with none of ours is refused and names what it carried.
  const known = claimed.filter((value) => Role.safeParse(value).success);
  const unknown = claimed.filter((value) => !Role.safeParse(value).success);
  if (known.length === 0) {
    throw claimForbidden(
      'auth.unknownRole',
      `令牌中的角色无法识别：${unknown.join('、')}（可用角色：${knownRoles.join('、')}）`,
      `Unknown role in the token: ${unknown.join(', ')} (known roles: ${knownRoles.join(', ')})`,
    );
  }
  const roles = [...new Set(known)] as Role[];
  const regionId = stringClaim(payload, names.region);
  if (regionId === undefined) {
    throw claimForbidden(
      'auth.regionMissing',
      `您的账号未指定所属地区（令牌声明 ${names.region}），请联系管理员`,
      `Your account has no region (token claim ${names.region}); ask your administrator`,
    );
  }
  const departmentId = stringClaim(payload, names.department);
  if (departmentId === undefined && roles.some((role) => departmentRoles.includes(role))) {
    throw claimForbidden(
      'auth.departmentMissing',
      `部门角色须指定所属部门（令牌声明 ${names.department}），请联系管理员`,
      `A department role needs a department (token claim ${names.department}); ask your administrator`,
    );
  }
  const name = names.name.map((claim) => stringClaim(payload, claim)).find((value) => value !== undefined) ?? subject;
  return { subject, name, roles, regionId, ...(departmentId === undefined ? {} : { departmentId }) };
};
