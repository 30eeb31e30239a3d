// Single sign-on: which Barometer role a person gets from the claims their
// identity provider sends (for Entra ID, the `roles` claim of app roles or the
// `groups` claim). OIDC_ROLE_MAP says which claim value means which role:
//
//   Barometer.Admin=administrator;Barometer.Analyst=analyst;BIF-data=data_supplier:BIF;BIU=committee_member:BIU
//
// A data supplier names its administration's code, a committee member its
// committee's. Without a map, claim values that are role names count as such.
import { ROLES, isRole, roleNeedsAdministration, roleNeedsCommittee } from '../domain/permissions.js';
import type { Role } from '../domain/permissions.js';

export interface RoleGrant {
  readonly role: Role;
  readonly administrationCode: string | null;
  readonly committeeCode: string | null;
}

export class RoleMapError extends Error {}

export type RoleMap = ReadonlyMap<string, RoleGrant>;

export function parseRoleMap(text: string): RoleMap {
  const map = new Map<string, RoleGrant>();
  for (const entry of text
    .split(/[;\n]/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const equals = entry.lastIndexOf('=');
    if (equals <= 0) throw new RoleMapError(`OIDC_ROLE_MAP entry "${entry}" is not claim-value=role`);
    const value = entry.slice(0, equals).trim();
    const [role, code] = entry
      .slice(equals + 1)
      .trim()
      .split(':');
    if (!isRole(role)) throw new RoleMapError(`OIDC_ROLE_MAP entry "${entry}": the role must be one of ${ROLES.join(', ')}`);
    const needsCode = roleNeedsAdministration(role) || roleNeedsCommittee(role);
    if (needsCode && !code) throw new RoleMapError(`OIDC_ROLE_MAP entry "${entry}": ${role} needs a code, as in ${role}:CODE`);
    map.set(value, {
      role,
      administrationCode: roleNeedsAdministration(role) ? code! : null,
      committeeCode: roleNeedsCommittee(role) ? code! : null,
    });
  }
  return map;
}

// When a person holds several, the one with the widest rights wins.
const RANK: Record<Role, number> = { administrator: 5, analyst: 4, data_supplier: 3, committee_member: 2, project_owner: 1 };

function claimValues(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  if (typeof claim === 'string') return claim.split(/\s+/).filter(Boolean);
  return [];
}

/** The grant for a set of claims, or null when none of them gives a role. */
export function grantFromClaims(claims: Readonly<Record<string, unknown>>, claimName: string, map: RoleMap): RoleGrant | null {
  const grants = claimValues(claims[claimName]).flatMap((value): RoleGrant[] => {
    const mapped = map.get(value);
    if (mapped) return [mapped];
    if (map.size === 0 && isRole(value) && !roleNeedsAdministration(value) && !roleNeedsCommittee(value)) {
      return [{ role: value, administrationCode: null, committeeCode: null }];
    }
    return [];
  });
  return grants.reduce<RoleGrant | null>((best, grant) => (best === null || RANK[grant.role] > RANK[best.role] ? grant : best), null);
}
