// The one catalogue: both languages have the same keys, a key shared by two
// areas says the same in both (so composing them never silently picks one),
// every message is well formed, and counts take the word form they need.
import { describe, expect, it } from 'vitest';
import { areas, da, en } from './catalogue.js';
import { t } from './index.js';
import { parseMessage } from './message-format.js';

describe('the message catalogue', () => {
  it('has every Danish key in English and every English key in Danish', () => {
    expect(Object.keys(en).filter((key) => !(key in da))).toEqual([]);
    expect(Object.keys(da).filter((key) => !(key in en))).toEqual([]);
    for (const [area, { da: areaDa, en: areaEn }] of Object.entries(areas)) {
      expect(Object.keys(areaEn).sort(), area).toEqual(Object.keys(areaDa).sort());
    }
  });

  it('gives a key that occurs in two areas the same text in both', () => {
    const seen = new Map<string, { area: string; da: string; en: string }>();
    const clashes: string[] = [];
    for (const [area, texts] of Object.entries(areas)) {
      const areaEn: Record<string, string> = texts.en;
      for (const [key, textDa] of Object.entries(texts.da as Record<string, string>)) {
        const first = seen.get(key);
        if (!first) seen.set(key, { area, da: textDa, en: areaEn[key]! });
        else if (first.da !== textDa || first.en !== areaEn[key]) clashes.push(`${key} (${first.area}, ${area})`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('holds only messages that parse', () => {
    const broken: string[] = [];
    for (const [lang, catalogue] of [
      ['da', da],
      ['en', en],
    ] as const) {
      for (const [key, message] of Object.entries(catalogue)) {
        try {
          parseMessage(message);
        } catch (error) {
          broken.push(`${lang} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('t', () => {
  it('puts the word after a count in the form the count needs', () => {
    expect(t('da', 'counts.red', { n: 1 })).toMatch(/^1 rød: /);
    expect(t('da', 'counts.red', { n: 2 })).toMatch(/^2 røde: /);
    expect(t('da', 'counts.green', { n: 1 })).toMatch(/^1 grøn: /);
    expect(t('da', 'counts.yellow', { n: 0 })).toMatch(/^0 gule: /);
    expect(t('da', 'import.counts', { new: 1, changed: 2, unchanged: 1 })).toBe('1 nyt, 2 ændrede og 1 uændret tal.');
    expect(t('da', 'release.publishedNow', { added: 2, revised: 1 })).toBe('Tallene er offentliggjort: 2 nye og 1 revideret tal. Offentligheden ser dem nu.');
    expect(t('en', 'release.partial', { n: 0, total: 1 })).toBe('New figures for 0 of 1 indicator.');
    expect(t('en', 'import.skipped', { n: 1 })).toBe('1 row without a value is left out.');
    expect(t('en', 'import.skipped', { n: 3 })).toBe('3 rows without a value are left out.');
  });

  it('shows a count the reader’s way and leaves plain values as given', () => {
    expect(t('da', 'wheel.title', { year: 2013, count: 1234 })).toBe('Årshjul 2013 med 1.234 milepæle');
    expect(t('en', 'wheel.title', { year: 2013, count: 1 })).toBe('Annual cycle 2013 with 1 milestone');
    expect(t('da', 'site.signedInAs', { name: 'Ane' })).toBe('Logget ind som Ane');
  });

  it('fixes the Danish that read wrong before the plural forms', () => {
    expect(t('da', 'release.col.owedBy')).toBe('Skal leveres af');
    expect(t('da', 'release.isPublished', { date: '16. maj 2013' })).toMatch(/^Offentliggørelsen udkom 16. maj 2013 /);
  });
});
