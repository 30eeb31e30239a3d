import { describe, expect, it } from 'vitest';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH, withinReferenceLimits } from './reference-limits.js';
import type { SourceFigure } from './source-figure.js';

const figure: SourceFigure = {
  kind: 'figure',
  row: 7,
  indicator: 'ledere',
  period: '2013',
  group: { code: 'kvinder', name: 'Kvinder' },
  area: null,
  value: 1,
  provisional: false,
  estimated: false,
  note: null,
  columns: { indicator: 'indikator', period: 'periode', group: 'gruppe', area: 'område', value: 'værdi' },
};

describe('caps on codes and names a file gives', () => {
  it('passes figures within the caps through unchanged, at the edges too', () => {
    expect(withinReferenceLimits(figure)).toBe(figure);
    const edge = { ...figure, group: { code: 'g'.repeat(MAX_CODE_LENGTH), name: 'n'.repeat(MAX_NAME_LENGTH) } };
    expect(withinReferenceLimits(edge)).toBe(edge);
  });

  it('turns a figure with a too long code or name into a problem naming its row and column', () => {
    const cases: [Partial<SourceFigure>, string][] = [
      [{ indicator: 'i'.repeat(MAX_CODE_LENGTH + 1) }, 'indikator'],
      [{ group: { code: 'g'.repeat(1_000_000), name: null } }, 'gruppe'],
      [{ group: { code: 'g', name: 'n'.repeat(MAX_NAME_LENGTH + 1) } }, 'gruppe'],
      [{ area: { code: 'a'.repeat(MAX_CODE_LENGTH + 1), name: null } }, 'område'],
    ];
    for (const [change, column] of cases) {
      const event = withinReferenceLimits({ ...figure, ...change });
      expect(event).toMatchObject({ kind: 'problem', problem: { row: 7, column, code: 'too_long' } });
    }
    const huge = withinReferenceLimits({ ...figure, group: { code: 'g'.repeat(1_000_000), name: null } });
    expect(huge.kind === 'problem' && huge.problem.message).toContain('1,000,000 characters');
  });
});
