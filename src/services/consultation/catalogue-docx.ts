// The consultation catalogue as a Word document, to go with the committee's
// challenge letter: a title, a short introduction, then the inputs under the
// policy's goals, each with its source, date, author and what became of it.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Lang } from '../../domain/number-format.js';
import { formatLongDate } from '../../i18n/format.js';
import { pick, t, translator } from '../../i18n/index.js';
import type { CatalogueEntry, ConsultationCatalogue } from './consultation-catalogue.js';

function entryParagraphs(entry: CatalogueEntry, lang: Lang): Paragraph[] {
  const t = translator(lang);
  const origin = [t(`catalogue.source.${entry.sourceKind}`), formatLongDate(entry.receivedOn, lang), entry.author ?? t('catalogue.anonymous')].join(' · ');
  return [
    new Paragraph({ text: entry.title, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ children: [new TextRun({ text: origin, italics: true })] }),
    ...entry.body.split(/\n{2,}/).map((part) => new Paragraph({ text: part.trim() })),
    new Paragraph({
      children: [new TextRun({ text: `${t('field.status')}: `, bold: true }), new TextRun(t(`catalogue.status.${entry.status}`))],
    }),
  ];
}

function catalogueParagraphs(catalogue: ConsultationCatalogue, lang: Lang): Paragraph[] {
  const t = translator(lang);
  const committeeName = pick(lang, catalogue.committee.name.da, catalogue.committee.name.en);
  const paragraphs = [
    new Paragraph({ text: t('catalogue.title'), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: t('catalogue.forCommittee', { committee: committeeName }), size: 28 })] }),
    new Paragraph({ text: t('catalogue.intro', { policy: pick(lang, catalogue.policy.title.da, catalogue.policy.title.en) }) }),
  ];
  if (catalogue.count === 0) paragraphs.push(new Paragraph({ text: t('catalogue.none') }));
  for (const section of catalogue.sections) {
    const heading = section.goal
      ? `${t('field.goal')} ${section.goal.number}: ${pick(lang, section.goal.title.da, section.goal.title.en)}`
      : t('catalogue.otherInputs');
    paragraphs.push(new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }));
    for (const entry of section.entries) paragraphs.push(...entryParagraphs(entry, lang));
  }
  return paragraphs;
}

export async function consultationCatalogueToDocx(catalogue: ConsultationCatalogue, lang: Lang): Promise<Buffer> {
  const committeeName = pick(lang, catalogue.committee.name.da, catalogue.committee.name.en);
  const document = new Document({
    title: `${t(lang, 'catalogue.title')} – ${committeeName}`,
    creator: 'Barometer',
    sections: [{ children: catalogueParagraphs(catalogue, lang) }],
  });
  return Packer.toBuffer(document);
}
