// The letters' template language and default wording: a placeholder the
// section does not have, or a brace left open, is refused with a message
// naming it; every default template of every letter is valid.
import { describe, expect, it } from 'vitest';
import { checkSectionTemplate, defaultTemplate, generateSectionTexts, listSections, templatesWith } from '../../src/domain/letters/letter-sections.js';
import { fillTemplate, placeholdersIn, validateTemplate } from '../../src/domain/letters/template.js';
import { LETTER_KINDS } from '../../src/domain/letters/view-models.js';

describe('the template language', () => {
  it('fills named placeholders, with or without spaces inside the braces', () => {
    expect(fillTemplate('Nye tal for {{withFigure}} af {{ total }} indikatorer.', { withFigure: '14', total: '15' })).toBe('Nye tal for 14 af 15 indikatorer.');
  });

  it('refuses an unknown placeholder and names the ones that exist', () => {
    const problems = validateTemplate('Nye tal for {{witFigure}} af {{total}}.', ['withFigure', 'total']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unknown_placeholder', found: '{{witFigure}}' });
    expect(problems[0]!.message.da).toBe('Pladsholderen {{witFigure}} findes ikke her. Brug en af: {{withFigure}}, {{total}}.');
    expect(problems[0]!.message.en).toContain('The placeholder {{witFigure}} does not exist here.');
  });

  it('refuses braces left open or closed alone', () => {
    expect(validateTemplate('Tal for {{withFigure af 15', ['withFigure']).map((p) => p.code)).toEqual(['malformed_placeholder']);
    expect(validateTemplate('Tal for withFigure}} af 15', ['withFigure']).map((p) => p.code)).toEqual(['malformed_placeholder']);
    expect(validateTemplate('Tal for {{with-figure}}', ['withFigure']).map((p) => p.code)).toEqual(['malformed_placeholder']);
  });

  it('accepts single braces and plain text', () => {
    expect(validateTemplate('Et {enkelt} tegn og ingen pladsholdere.', [])).toEqual([]);
  });

  it('throws when a value is missing rather than print a hole', () => {
    expect(() => fillTemplate('{{total}}', {})).toThrow('No value for the placeholder {{total}}');
  });

  it('lists the placeholders a template uses', () => {
    expect(placeholdersIn('{{a}} {{b}} {{a}}')).toEqual(['a', 'b']);
  });
});

describe('the default wording', () => {
  for (const kind of LETTER_KINDS) {
    for (const lang of ['da', 'en'] as const) {
      it(`of the ${kind} letter in ${lang} is valid for every section`, () => {
        for (const section of listSections(kind)) {
          expect(checkSectionTemplate(kind, section.key, defaultTemplate(kind, lang, section.key)), `${kind}/${lang}/${section.key}`).toEqual([]);
        }
      });
    }
  }

  it('refuses a section the letter does not have', () => {
    expect(checkSectionTemplate('orientation', 'nonsense', 'x')[0]?.message.en).toBe('The letter has no section called "nonsense".');
  });

  it('uses stored wording over the default', () => {
    const source = templatesWith('orientation', 'da', { subject: 'Egen overskrift' });
    expect(source('subject')).toBe('Egen overskrift');
    expect(source('closing')).toBe(defaultTemplate('orientation', 'da', 'closing'));
    expect(typeof generateSectionTexts).toBe('function');
  });
});
