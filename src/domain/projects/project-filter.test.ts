import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesProjectFilter } from './project-filter.js';
import type { FilterableProject } from './project-filter.js';

const lektiecafe: FilterableProject = {
  texts: ['Lektiecafé på Nørrebro', 'Frivillige hjælper tosprogede elever', 'Foreningen Ø', null],
  goalCodes: ['mal-1', 'mal-6'],
  committeeCode: 'BUU',
  status: 'running',
  startOn: '2011-08-01',
  effectiveEndOn: '2013-07-31',
};

describe('the public project filter', () => {
  it.each([
    [{}, true],
    [{ text: 'lektiecafé' }, true],
    [{ text: 'LEKTIECAFÉ  nørrebro' }, true],
    [{ text: 'lektiecafé vesterbro' }, false],
    [{ text: 'tosprogede' }, true],
    [{ goalCode: 'mal-6' }, true],
    [{ goalCode: 'mal-2' }, false],
    [{ committeeCode: 'BUU', status: 'running' as const }, true],
    [{ committeeCode: 'BIU' }, false],
    [{ status: 'anchored' as const }, false],
    [{ year: 2011 }, true],
    [{ year: 2013 }, true],
    [{ year: 2010 }, false],
    [{ year: 2014 }, false],
  ])('%j matches: %s', (filter, expected) => {
    expect(matchesProjectFilter(lektiecafe, filter)).toBe(expected);
  });

  it('finds a project by any word of its title, however it is cased', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((w) => w.trim() === w && !/\s/.test(w) && w.length > 0),
        fc.boolean(),
        (word, upper) => {
          const project = { ...lektiecafe, texts: [`Projekt ${word} i byen`] };
          expect(matchesProjectFilter(project, { text: upper ? word.toLocaleUpperCase('da') : word })).toBe(true);
        },
      ),
    );
  });
});
