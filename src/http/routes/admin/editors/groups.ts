// The group editor: the populations an indicator can be split by (e.g.
// bilingual and monolingual pupils), with a code and names.
import { canEditModel } from '../../../../domain/permissions.js';
import { saveGroup } from '../../../../services/admin/model-editing.js';
import { codeAndNamesEditor } from './code-and-names.js';

export const groupEditor = codeAndNamesEditor({
  table: 'groups',
  slug: 'groups',
  section: 'groups',
  title: 'groups.title',
  allow: canEditModel,
  newTitle: 'groups.new',
  save: async (db, target, data, ctx) => ({ id: (await saveGroup(db, target, data, ctx)).id }),
});
