// The sections of each kind of letter in one place, and the step that turns
// templates and a model into the draft's texts. The texts are what the
// secretariat edits; a section that does not apply to the model gets no text.
import { CHALLENGE_SECTIONS, CHALLENGE_TEMPLATES } from './challenge-sections.js';
import { ORIENTATION_SECTIONS, ORIENTATION_TEMPLATES } from './orientation-sections.js';
import { RED_TWICE_SECTIONS, RED_TWICE_TEMPLATES } from './red-twice-sections.js';
import { REPORT_SECTIONS, REPORT_TEMPLATES } from './report-sections.js';
import type { DefaultTemplates, SectionSpec } from './section-spec.js';
import { fillTemplate, validateTemplate } from './template.js';
import type { TemplateProblem } from './template.js';
import type { LetterKind, LetterLang, LetterModel } from './view-models.js';

const SECTIONS: Readonly<Record<LetterKind, readonly SectionSpec<never>[]>> = {
  orientation: ORIENTATION_SECTIONS as readonly SectionSpec<never>[],
  challenge: CHALLENGE_SECTIONS as readonly SectionSpec<never>[],
  report: REPORT_SECTIONS as readonly SectionSpec<never>[],
  red_twice: RED_TWICE_SECTIONS as readonly SectionSpec<never>[],
};

const DEFAULTS: Readonly<Record<LetterKind, DefaultTemplates>> = {
  orientation: ORIENTATION_TEMPLATES,
  challenge: CHALLENGE_TEMPLATES,
  report: REPORT_TEMPLATES,
  red_twice: RED_TWICE_TEMPLATES,
};

export interface SectionInfo {
  readonly key: string;
  readonly form: SectionSpec<never>['form'];
  readonly placeholders: readonly string[];
}

export function listSections(kind: LetterKind): readonly SectionInfo[] {
  return SECTIONS[kind].map(({ key, form, placeholders }) => ({ key, form, placeholders }));
}

export function findSection(kind: LetterKind, key: string): SectionInfo | undefined {
  return listSections(kind).find((s) => s.key === key);
}

export function defaultTemplate(kind: LetterKind, lang: LetterLang, key: string): string {
  const template = DEFAULTS[kind][lang][key];
  if (template === undefined) throw new Error(`The ${kind} letter has no section "${key}".`);
  return template;
}

/** Problems of a template for one section; unknown sections are refused too. */
export function checkSectionTemplate(kind: LetterKind, key: string, template: string): TemplateProblem[] {
  const section = findSection(kind, key);
  if (!section) {
    return [
      {
        code: 'unknown_placeholder',
        found: key,
        message: { da: `Brevet har ikke et afsnit, der hedder "${key}".`, en: `The letter has no section called "${key}".` },
      },
    ];
  }
  return validateTemplate(template, section.placeholders);
}

/** Stored wording over the defaults: `custom` maps a section key to its template. */
export type TemplateSource = (key: string) => string;

export function templatesWith(kind: LetterKind, lang: LetterLang, custom: Readonly<Record<string, string>>): TemplateSource {
  return (key) => custom[key] ?? defaultTemplate(kind, lang, key);
}

/** The draft's texts: each applicable section's template filled from the model. */
export function generateSectionTexts(model: LetterModel, templates: TemplateSource): Record<string, string> {
  const lang = model.context.lang;
  const texts: Record<string, string> = {};
  for (const spec of SECTIONS[model.kind] as readonly SectionSpec<LetterModel>[]) {
    if (spec.applies && !spec.applies(model)) continue;
    const template = templates(spec.key);
    texts[spec.key] =
      spec.form === 'list'
        ? (spec.items?.(model, lang) ?? []).map((values) => fillTemplate(template, values).replace(/\s*\n\s*/g, ' ')).join('\n')
        : fillTemplate(template, spec.values?.(model, lang) ?? {});
  }
  return texts;
}
