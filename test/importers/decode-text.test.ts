import { describe, expect, it } from 'vitest';
import { EncodingRefused, createTextDecoder } from '../../src/importers/decode-text.js';

async function* chunks(...parts: (string | number[])[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part, 'utf8') : Uint8Array.from(part);
}

async function decode(...parts: (string | number[])[]) {
  const decoder = createTextDecoder(chunks(...parts));
  let text = '';
  for await (const piece of decoder.text) text += piece;
  return { text, encoding: decoder.encoding() };
}

const latin1 = (s: string) => [...Buffer.from(s, 'latin1')];

describe('decoding spreadsheet text', () => {
  it('reads UTF-8 with and without a byte order mark', async () => {
    expect(await decode([0xef, 0xbb, 0xbf], 'København')).toEqual({ text: 'København', encoding: 'utf-8' });
    expect(await decode('Ærø og Åbenrå')).toEqual({ text: 'Ærø og Åbenrå', encoding: 'utf-8' });
  });

  it('keeps a UTF-8 character that is split between two chunks', async () => {
    const bytes = [...Buffer.from('Kø', 'utf8')];
    expect((await decode(bytes.slice(0, 2), bytes.slice(2), 'benhavn')).text).toBe('København');
  });

  it('reads Windows-1252 as Danish Excel saves it, also when the first letter outside ASCII comes late', async () => {
    expect(await decode(latin1('område;værdi\nKøbenhavn;1,5'))).toEqual({ text: 'område;værdi\nKøbenhavn;1,5', encoding: 'windows-1252' });
    expect(await decode('indicator;value\n', 'a;1\n', latin1('Åbenrå;2'))).toEqual({ text: 'indicator;value\na;1\nÅbenrå;2', encoding: 'windows-1252' });
    // The euro sign and typographic quotes are where Windows-1252 differs from Latin-1.
    expect((await decode([0x80, 0x20, 0x93, 0x78, 0x94])).text).toBe('€ “x”');
  });

  it('refuses text it would read wrongly', async () => {
    const refused = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(EncodingRefused);
    await refused(decode('København\n', latin1('Århus')));
    await refused(decode([0xff, 0xfe, 0x41, 0x00]));
    await refused(decode('PK', [0x03, 0x04, 0x00, 0x00]));
    await refused(decode(latin1('f\u0081r')));
    await refused(decode([0x4b, 0xc3]));
    await expect(decode('ok\n', latin1('Århus'), 'København')).rejects.toThrow(/mixes Windows-1252 with UTF-8/);
    await expect(decode('København\n', latin1('Århus'))).rejects.toThrow(/mixes UTF-8/);
  });
});
