// The fields of a user's form: who they are, their role and what the role
// acts for, their language, and (when editing) whether the account is active.
import { ROLES } from '../../domain/permissions.js';
import type { FieldSpec } from './forms/field-spec.js';
import type { Option } from './forms/form-values.js';
import { translator } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';

export function userFieldSpecs(lang: Lang, choices: { administrations: readonly Option[]; committees: readonly Option[] }, editing: boolean): FieldSpec[] {
  const t = translator(lang);
  const specs: FieldSpec[] = [
    { kind: 'email', name: 'email', label: t('field.email'), required: true, autocomplete: 'off' },
    { kind: 'text', name: 'name', label: t('field.name') },
    {
      kind: 'select',
      name: 'role',
      label: t('field.role'),
      required: true,
      options: ROLES.map((role) => ({ value: role, label: t(`role.${role}`) })),
    },
    {
      kind: 'select',
      name: 'administrationId',
      label: t('field.administrationId'),
      hint: t('field.administrationId.hint'),
      options: choices.administrations,
      emptyLabel: t('form.none'),
    },
    {
      kind: 'select',
      name: 'committeeId',
      label: t('field.committeeId'),
      hint: t('field.committeeId.hint'),
      options: choices.committees,
      emptyLabel: t('form.none'),
    },
    {
      kind: 'select',
      name: 'language',
      label: t('field.language'),
      required: true,
      options: (['da', 'en'] as const).map((l) => ({ value: l, label: t(`option.language.${l}`) })),
    },
  ];
  if (editing) specs.push({ kind: 'checkbox', name: 'isActive', label: t('field.isActive') });
  return specs;
}
