// The template language of the letters' wording: plain text with named
// placeholders, `Der er nye tal for {{withFigure}} af {{total}} indikatorer.`
// An administrator edits the text; a placeholder the section does not know,
// or a brace left open, is refused with a message that names it and lists
// the ones that exist, so a typo never reaches a committee as `{{witFigure}}`.

export interface TemplateProblem {
  readonly code: 'unknown_placeholder' | 'malformed_placeholder';
  /** The offending text, e.g. `{{witFigure}}`. */
  readonly found: string;
  readonly message: { readonly da: string; readonly en: string };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

function quoteList(names: readonly string[]): string {
  return names.length === 0 ? '–' : names.map((n) => `{{${n}}}`).join(', ');
}

/** Every problem in the template; an empty list means it can be stored. */
export function validateTemplate(template: string, allowed: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const known = new Set(allowed);
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (known.has(name)) continue;
    problems.push({
      code: 'unknown_placeholder',
      found: match[0],
      message: {
        da: `Pladsholderen ${match[0]} findes ikke her. Brug en af: ${quoteList(allowed)}.`,
        en: `The placeholder ${match[0]} does not exist here. Use one of: ${quoteList(allowed)}.`,
      },
    });
  }
  // Whatever braces remain once the well-formed placeholders are gone are typos.
  const rest = template.replace(PLACEHOLDER, '');
  for (const match of rest.matchAll(/\{\{[^}]{0,40}\}?\}?|\}\}/g)) {
    problems.push({
      code: 'malformed_placeholder',
      found: match[0],
      message: {
        da: `"${match[0]}" er ikke en gyldig pladsholder. En pladsholder skrives som {{navn}}: ${quoteList(allowed)}.`,
        en: `"${match[0]}" is not a valid placeholder. A placeholder is written as {{name}}: ${quoteList(allowed)}.`,
      },
    });
  }
  return problems;
}

/** The placeholders a template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Fills a template that validateTemplate accepted. A placeholder without a
 * value is an error in the caller (every section supplies every value it
 * allows), so it throws instead of printing an empty hole in a letter.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for the placeholder {{${name}}}.`);
    return value;
  });
}
