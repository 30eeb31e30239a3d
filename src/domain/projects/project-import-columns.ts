// The columns of an imported project list and the headings accepted for
// each, in Danish and English. Headings are compared without case, spaces,
// dashes or underscores, so `Kommunal medfinansiering` and
// `kommunal_medfinansiering` are the same column.

export type ProjectImportField =
  | 'reference'
  | 'title'
  | 'description'
  | 'owner'
  | 'committee'
  | 'administration'
  | 'goals'
  | 'start'
  | 'end'
  | 'budget'
  | 'cofunding'
  | 'funding_source'
  | 'target_group'
  | 'contact'
  | 'case_number'
  | 'internal_note'
  // Exported lists carry the status the rules derive; an import reads past it.
  | 'status';

export const REQUIRED_IMPORT_FIELDS: readonly ProjectImportField[] = ['title', 'owner', 'committee', 'start', 'end'];

const HEADINGS: Record<ProjectImportField, readonly string[]> = {
  reference: ['nr', 'projektnr', 'projektnummer', 'no', 'reference'],
  title: ['titel', 'projekt', 'title'],
  description: ['beskrivelse', 'description'],
  owner: ['projektejer', 'ejer', 'project owner', 'owner'],
  committee: ['udvalg', 'ansvarligt udvalg', 'committee', 'responsible committee'],
  administration: ['forvaltning', 'administration'],
  goals: ['mål', 'politikmål', 'goals', 'policy goals'],
  start: ['start', 'startdato', 'start date'],
  end: ['slut', 'slutdato', 'end', 'end date'],
  budget: ['budget', 'samlet budget'],
  cofunding: ['kommunal medfinansiering', 'medfinansiering', 'municipal cofunding', 'cofunding'],
  funding_source: ['finansieringskilde', 'finansiering', 'funding source'],
  target_group: ['målgruppe', 'target group'],
  contact: ['kontakt', 'kontaktperson', 'contact'],
  case_number: ['sagsnummer', 'sagsnr', 'case number'],
  internal_note: ['intern note', 'internt notat', 'internal note'],
  status: ['status'],
};

export function normaliseHeading(heading: string): string {
  return heading
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/[\s_\-.]+/g, '');
}

const FIELD_BY_HEADING = new Map<string, ProjectImportField>(
  (Object.entries(HEADINGS) as [ProjectImportField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [normaliseHeading(name), field] as const),
  ),
);

export function fieldForHeading(heading: string): ProjectImportField | undefined {
  return FIELD_BY_HEADING.get(normaliseHeading(heading));
}

/** The heading to name a column by when the file has none for it. */
export function defaultHeading(field: ProjectImportField): string {
  return HEADINGS[field][0]!;
}
