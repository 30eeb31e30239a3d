// A service error names its message by a key of the errors catalogue: the
// English text is its `message`, and `messageIn` gives each reader theirs,
// with the names of things in the same language as the sentence.
import { describe, expect, it } from 'vitest';
import { areas } from '../i18n/catalogue.js';
import { parseMessage } from '../i18n/message-format.js';
import { Conflict, Forbidden, Invalid, NotFound } from './errors.js';

describe('service errors', () => {
  it('keep their stable id and speak English in `message`', () => {
    const error = new Conflict('error.plan.versionMoved', { latest: 3, based: 2 });
    expect(error.id).toBe('conflict');
    expect(error.message).toBe('The plan is at version 3 now, not 2; reload it and revise again.');
    expect(new NotFound('error.noSuchPage').id).toBe('not_found');
    expect(new Forbidden('error.roleNotAllowed').id).toBe('forbidden');
  });

  it('give the message in the reader’s language', () => {
    const error = new Conflict('error.plan.versionMoved', { latest: 3, based: 2 });
    expect(error.messageIn('da')).toBe('Planen er nu i version 3, ikke 2. Hent den igen, og revidér den på ny.');
    expect(error.messageIn('en')).toBe(error.message);
  });

  it('name things and fill both-language texts in the reader’s language', () => {
    const named = new Invalid('error.input.field', { what: { key: 'error.thing.actionPlan' }, field: 'title', problem: 'must not be empty' });
    expect(named.message).toBe('The action plan title must not be empty.');
    expect(named.messageIn('da')).toBe('Feltet title i handleplanen kan ikke bruges.');
    const both = new Invalid('error.letter.templateRefused', { problems: { da: 'Teksten må ikke være tom.', en: 'The text must not be empty.' } });
    expect(both.message).toBe('The text must not be empty.');
    expect(both.messageIn('da')).toBe('Teksten må ikke være tom.');
  });

  it('use plural forms and the reader’s numbers', () => {
    expect(new Invalid('error.goals.unknown', { n: 2, codes: 'M1, M2' }).messageIn('da')).toBe('Ukendte mål: M1, M2.');
    expect(new Invalid('error.goals.unknown', { n: 1, codes: 'M1' }).message).toBe('Unknown goal M1.');
    const long = new Invalid('error.task.fieldTooLong', { name: 'text', max: 20000, length: 20001 });
    expect(long.message).toBe('The field text can be at most 20,000 characters; it has 20,001.');
    expect(long.messageIn('da')).toBe('Feltet text må højst have 20.000 tegn; det har 20.001.');
  });

  it('have a well-formed text in both languages for every key', () => {
    const { da, en } = areas.errors;
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(da[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(() => parseMessage(da[key]), key).not.toThrow();
      expect(() => parseMessage(en[key]), key).not.toThrow();
    }
  });
});
