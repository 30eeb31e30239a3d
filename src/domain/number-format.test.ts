import { describe, expect, it } from 'vitest';
import { decimalsNeeded, formatNumber, formatPercent, formatPercentagePoints, formatSignedNumber, roundToDecimals } from './number-format.js';

describe('roundToDecimals', () => {
  it.each([
    [52.34, 1, 52.3],
    [52.35, 1, 52.4],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [-2.45, 1, -2.5],
    [2.45, 1, 2.5],
    [1234.5, 0, 1235],
    [0.049, 1, 0],
    [71.2, 1, 71.2],
  ])('rounds %d to %d decimals as %d (half away from zero)', (value, decimals, expected) => {
    expect(roundToDecimals(value, decimals)).toBe(expected);
  });

  it('is symmetric around zero', () => {
    for (const value of [0.15, 2.675, 10.5, 1e6 + 0.25]) {
      expect(roundToDecimals(-value, 1)).toBe(-roundToDecimals(value, 1));
    }
  });
});

describe('formatNumber', () => {
  it.each([
    [52.3, 1, 'da', '52,3'],
    [52.3, 1, 'en', '52.3'],
    [1234, 0, 'da', '1.234'],
    [1234, 0, 'en', '1,234'],
    [1234567.891, 2, 'da', '1.234.567,89'],
    [1234567.891, 2, 'en', '1,234,567.89'],
    [-0.5, 1, 'da', '\u22120,5'],
    [-1234.5, 1, 'en', '\u22121,234.5'],
    [74, 1, 'da', '74,0'],
    [999.96, 1, 'da', '1.000,0'],
    [123, 0, 'da', '123'],
    [0, 2, 'en', '0.00'],
  ] as const)('formats %d with %d decimals in %s as %s', (value, decimals, lang, expected) => {
    expect(formatNumber(value, decimals, lang)).toBe(expected);
  });

  it('never shows a minus sign on a value that rounds to zero', () => {
    expect(formatNumber(-0.04, 1, 'da')).toBe('0,0');
    expect(formatNumber(-0, 0, 'en')).toBe('0');
  });

  it('writes non-finite values as a dash', () => {
    expect(formatNumber(Number.NaN, 1, 'da')).toBe('\u2013');
    expect(formatNumber(Infinity, 1, 'en')).toBe('\u2013');
  });
});

describe('signed numbers, percentages and points', () => {
  it('puts a plus on positive changes and a minus sign on negative ones', () => {
    expect(formatSignedNumber(2.8, 1, 'da')).toBe('+2,8');
    expect(formatSignedNumber(-2.8, 1, 'en')).toBe('\u22122.8');
    expect(formatSignedNumber(0.01, 1, 'da')).toBe('0,0');
  });

  it('writes percentages the way each language does', () => {
    expect(formatPercent(71.2, 1, 'da')).toBe('71,2 %');
    expect(formatPercent(71.2, 1, 'en')).toBe('71.2%');
  });

  it('writes a change of a percentage in percentage points', () => {
    expect(formatPercentagePoints(2.8, 1, 'da')).toBe('2,8 procentpoint');
    expect(formatPercentagePoints(2.8, 1, 'en')).toBe('2.8 percentage points');
    expect(formatPercentagePoints(1, 0, 'en')).toBe('1 percentage point');
  });
});

describe('decimalsNeeded', () => {
  it('finds the fewest decimals that show a value in full', () => {
    expect(decimalsNeeded(12)).toBe(0);
    expect(decimalsNeeded(12.5)).toBe(1);
    expect(decimalsNeeded(12.25)).toBe(2);
    expect(decimalsNeeded(1 / 3, 4)).toBe(4);
  });
});
