// The administration editor: code and names.
import { canEditOrganisation } from '../../../../domain/permissions.js';
import { saveAdministration } from '../../../../services/admin/model-editing.js';
import { codeAndNamesEditor } from './code-and-names.js';

export const administrationEditor = codeAndNamesEditor({
  table: 'administrations',
  slug: 'administrations',
  section: 'administrations',
  title: 'administrations.title',
  allow: canEditOrganisation,
  newTitle: 'administrations.new',
  save: async (db, target, data, ctx) => ({ id: (await saveAdministration(db, target, data, ctx)).id }),
});
