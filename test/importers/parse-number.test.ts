import { describe, expect, it } from 'vitest';
import { parseDecimal, parseMachineNumber } from '../../src/importers/parse-number.js';

describe('numbers as people type them', () => {
  it.each([
    ['52,3', 52.3],
    ['52.3', 52.3],
    ['-0,5', -0.5],
    ['\u22122,5', -2.5],
    ['+7', 7],
    [' 12 ', 12],
    [',5', 0.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['1,234', 1.234],
    ['1.5e3', 1500],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'not_a_number'],
    ['12 %', 'not_a_number'],
    ['1.23.4', 'not_a_number'],
    ['1,2,3', 'not_a_number'],
    ['#DIV/0!', 'not_a_number'],
    ['NaN', 'nan'],
    ['-nan', 'nan'],
    ['Infinity', 'infinite'],
    ['-inf', 'infinite'],
    ['∞', 'infinite'],
    ['1e999', 'infinite'],
  ])('refuses %j as %s', (text, code) => {
    expect(parseDecimal(text)).toEqual({ ok: false, code });
  });

  it('reads machine-written numbers with a point only', () => {
    expect(parseMachineNumber('1.364256480218281')).toEqual({ ok: true, value: 1.364256480218281 });
    expect(parseMachineNumber('3e-5')).toEqual({ ok: true, value: 3e-5 });
    expect(parseMachineNumber('52,3')).toEqual({ ok: false, code: 'not_a_number' });
    expect(parseMachineNumber('NaN')).toEqual({ ok: false, code: 'nan' });
  });
});
