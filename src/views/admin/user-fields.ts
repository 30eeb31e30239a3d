// The fields of a user's form: who they are, their role and what the role
// acts for, their language, and (when editing) whether the account is active.
import { ROLES } from '../../domain/permissions.js';
import { adminText } from '../../i18n/admin.js';
import type { AdminLang } from '../../i18n/admin.js';
import type { FieldSpec, Option } from './form-state.js';

export function userFieldSpecs(lang: AdminLang, choices: { administrations: readonly Option[]; committees: readonly Option[] }, editing: boolean): FieldSpec[] {
  const specs: FieldSpec[] = [
    { kind: 'email', name: 'email', label: 'field.email', required: true, autocomplete: 'off' },
    { kind: 'text', name: 'name', label: 'field.name' },
    { kind: 'select', name: 'role', label: 'field.role', required: true, options: ROLES.map((role) => ({ value: role, label: adminText(lang, `role.${role}`) })) },
    { kind: 'select', name: 'administrationId', label: 'field.administrationId', hint: 'field.administrationId.hint', options: choices.administrations, emptyLabel: 'form.none' },
    { kind: 'select', name: 'committeeId', label: 'field.committeeId', hint: 'field.committeeId.hint', options: choices.committees, emptyLabel: 'form.none' },
    { kind: 'select', name: 'language', label: 'field.language', required: true, options: (['da', 'en'] as const).map((l) => ({ value: l, label: adminText(lang, `option.language.${l}`) })) },
  ];
  if (editing) specs.push({ kind: 'checkbox', name: 'isActive', label: 'field.isActive' });
  return specs;
}
