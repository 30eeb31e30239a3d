// From an identity provider's claims to a Barometer role.
import { describe, expect, it } from 'vitest';
import { RoleMapError, grantFromClaims, parseRoleMap } from '../../src/auth/role-claims.js';

describe('role claims', () => {
  const map = parseRoleMap('Barometer.Admin=administrator; Barometer.Analyst=analyst\nBIF-data=data_supplier:BIF;BIU=committee_member:BIU');

  it('reads a role map with codes for suppliers and committee members', () => {
    expect(map.get('BIF-data')).toEqual({ role: 'data_supplier', administrationCode: 'BIF', committeeCode: null });
    expect(map.get('BIU')).toEqual({ role: 'committee_member', administrationCode: null, committeeCode: 'BIU' });
    expect(map.size).toBe(4);
  });

  it('refuses a map with an unknown role or a missing code', () => {
    expect(() => parseRoleMap('X=superuser')).toThrow(RoleMapError);
    expect(() => parseRoleMap('X=data_supplier')).toThrow(/needs a code/);
    expect(() => parseRoleMap('just-a-value')).toThrow(RoleMapError);
  });

  it('gives the widest of the roles the claims carry, from an array or a space-separated string', () => {
    expect(grantFromClaims({ roles: ['BIU', 'Barometer.Analyst', 'Unrelated'] }, 'roles', map)?.role).toBe('analyst');
    expect(grantFromClaims({ groups: 'BIF-data BIU' }, 'groups', map)?.role).toBe('data_supplier');
    expect(grantFromClaims({ roles: ['Unrelated'] }, 'roles', map)).toBeNull();
    expect(grantFromClaims({}, 'roles', map)).toBeNull();
  });

  it('takes role names as they are when there is no map, except roles that need a code', () => {
    const none = parseRoleMap('');
    expect(grantFromClaims({ roles: ['analyst'] }, 'roles', none)?.role).toBe('analyst');
    expect(grantFromClaims({ roles: ['data_supplier'] }, 'roles', none)).toBeNull();
  });
});
