// The fields of the letters' sender form, in the order a letterhead reads:
// who sends, from which administration, where and how to reach them, who
// signs, where the barometer is, and which committee the letters come from.
import type { FieldSpec } from '../forms/field-spec.js';
import type { Option } from '../forms/form-values.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

export function senderDetailSpecs(lang: Lang, committees: readonly Option[]): readonly FieldSpec[] {
  const t = translator(lang);
  return [
    { kind: 'text', name: 'letter_sender_da', label: t('field.letter_sender_da') },
    { kind: 'text', name: 'letter_sender_en', label: t('field.letter_sender_en') },
    { kind: 'text', name: 'letter_sender_title_da', label: t('field.letter_sender_title_da') },
    { kind: 'text', name: 'letter_sender_title_en', label: t('field.letter_sender_title_en') },
    { kind: 'text', name: 'letter_administration_da', label: t('letters.field.administration_da') },
    { kind: 'text', name: 'letter_administration_en', label: t('letters.field.administration_en') },
    { kind: 'textarea', name: 'letter_sender_address', label: t('field.letter_sender_address'), rows: 3 },
    { kind: 'text', name: 'letter_sender_phone', label: t('letters.field.phone'), autocomplete: 'off' },
    { kind: 'email', name: 'letter_sender_email', label: t('letters.field.email') },
    { kind: 'text', name: 'letter_signatory_name', label: t('letters.field.signatoryName'), hint: t('letters.field.signatoryHint') },
    { kind: 'text', name: 'letter_signatory_title_da', label: t('letters.field.signatoryTitle_da') },
    { kind: 'text', name: 'letter_signatory_title_en', label: t('letters.field.signatoryTitle_en') },
    { kind: 'text', name: 'letter_barometer_address', label: t('letters.field.barometerAddress'), hint: t('letters.field.barometerAddressHint') },
    {
      kind: 'select',
      name: 'letter_sending_committee',
      label: t('letters.field.sendingCommittee'),
      hint: t('letters.field.sendingCommitteeHint'),
      options: committees,
      emptyLabel: '–',
    },
  ];
}
