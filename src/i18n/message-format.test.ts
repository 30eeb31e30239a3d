import { describe, expect, it } from 'vitest';
import { formatMessage, parseMessage } from './message-format.js';

describe('formatMessage', () => {
  it('fills named values and leaves a missing one visible', () => {
    expect(formatMessage('da', 'Nye tal for {n} af {m}', { n: 14, m: 15 })).toBe('Nye tal for 14 af 15');
    expect(formatMessage('en', 'Hello {name}', {})).toBe('Hello {name}');
    expect(formatMessage('da', 'Ingen pladsholdere')).toBe('Ingen pladsholdere');
  });

  it('chooses the plural branch by the language rules', () => {
    const message = '{n, plural, one {# rød} other {# røde}}';
    expect(formatMessage('da', message, { n: 1 })).toBe('1 rød');
    expect(formatMessage('da', message, { n: 2 })).toBe('2 røde');
    expect(formatMessage('da', message, { n: 0 })).toBe('0 røde');
    expect(formatMessage('en', '{n, plural, one {# indicator} other {# indicators}}', { n: 1 })).toBe('1 indicator');
    expect(formatMessage('en', '{n, plural, one {# indicator} other {# indicators}}', { n: 15 })).toBe('15 indicators');
  });

  it('prefers an exact match, fills values inside branches and formats the number', () => {
    const message = '{n, plural, =0 {ingen nye tal} one {# nyt tal for {what}} other {# nye tal for {what}}}';
    expect(formatMessage('da', message, { n: 0, what: 'x' })).toBe('ingen nye tal');
    expect(formatMessage('da', message, { n: 1, what: 'tryghed' })).toBe('1 nyt tal for tryghed');
    expect(formatMessage('da', message, { n: 1234, what: 'tryghed' }, (n) => n.toLocaleString('da-DK'))).toBe('1.234 nye tal for tryghed');
  });

  it('shows quoted braces as text and leaves other apostrophes alone', () => {
    expect(formatMessage('en', "Placeholders such as '{{withFigure}}' are filled in.", {})).toBe('Placeholders such as {{withFigure}} are filled in.');
    expect(formatMessage('en', "The committee's {what}", { what: 'plan' })).toBe("The committee's plan");
  });

  it('refuses a message that is not well formed', () => {
    expect(() => parseMessage('{n, plural, one {# x}}')).toThrow(/other/);
    expect(() => parseMessage('{n, select, a {x} other {y}}')).toThrow(/understood/);
    expect(() => parseMessage('open {n')).toThrow(/Unbalanced/);
    expect(() => parseMessage('close }')).toThrow(/Unbalanced/);
  });
});
