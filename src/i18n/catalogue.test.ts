// The one catalogue: both languages have the same keys, a key shared by two
// areas says the same in both (so composing them never silently picks one),
// and every message is well formed.
import { describe, expect, it } from 'vitest';
import { areas, da, en } from './catalogue.js';
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
    for (const [lang, catalogue] of [['da', da], ['en', en]] as const) {
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
