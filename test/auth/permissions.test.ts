// The permission predicates, role by role.
import { describe, expect, it } from 'vitest';
import {
  ROLES,
  canAnswerCommitteeTask,
  canBrowseAudit,
  canDeliverFigures,
  canEditIndicator,
  canEditProject,
  canEditSettings,
  canManageUsers,
  canReadCommitteeMaterial,
} from '../../src/domain/permissions.js';
import type { Actor, Role } from '../../src/domain/permissions.js';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ id: 7, role, administrationId: null, committeeId: null, label: 'someone', ...extra });
const whoMay = (check: (a: Actor) => boolean) => ROLES.filter((role) => check(actor(role, { administrationId: 3, committeeId: 5 })));

describe('permissions', () => {
  it('gives people, settings and the audit log to administrators only', () => {
    expect(whoMay(canManageUsers)).toEqual(['administrator']);
    expect(whoMay(canEditSettings)).toEqual(['administrator']);
    expect(whoMay(canBrowseAudit)).toEqual(['administrator']);
  });

  it('gives the model to the secretariat', () => {
    expect(whoMay((a) => canEditIndicator(a, { dataOwnerId: 3 }))).toEqual(['administrator', 'analyst']);
  });

  it("lets a data supplier deliver figures only for its own administration's indicators", () => {
    expect(canDeliverFigures(actor('data_supplier', { administrationId: 3 }), { dataOwnerId: 3 })).toBe(true);
    expect(canDeliverFigures(actor('data_supplier', { administrationId: 3 }), { dataOwnerId: 4 })).toBe(false);
    expect(canDeliverFigures(actor('data_supplier'), { dataOwnerId: null })).toBe(false);
    expect(whoMay((a) => canDeliverFigures(a, { dataOwnerId: 9 }))).toEqual(['administrator', 'analyst']);
  });

  it('lets a committee member read and answer for its own committee only', () => {
    const member = actor('committee_member', { committeeId: 5 });
    expect(canReadCommitteeMaterial(member, { id: 5 })).toBe(true);
    expect(canReadCommitteeMaterial(member, { id: 6 })).toBe(false);
    expect(canAnswerCommitteeTask(member, { id: 5 })).toBe(true);
    expect(canAnswerCommitteeTask(member, { id: 6 })).toBe(false);
    expect(whoMay((a) => canAnswerCommitteeTask(a, { id: 1 }))).toEqual(['administrator']);
  });

  it('lets a project owner edit its own projects only', () => {
    expect(canEditProject(actor('project_owner'), { ownerId: 7 })).toBe(true);
    expect(canEditProject(actor('project_owner'), { ownerId: 8 })).toBe(false);
    expect(canEditProject(actor('project_owner'), { ownerId: null })).toBe(false);
    expect(whoMay((a) => canEditProject(a, { ownerId: 1 }))).toEqual(['administrator', 'analyst']);
  });
});
