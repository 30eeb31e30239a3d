// The logo: its size read from a PNG or JPEG header, and the image placed
// in the Word document and inlined in the HTML.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { letterToDocx } from '../../src/documents/letter-docx.js';
import { letterToHtml } from '../../src/documents/letter-html.js';
import { readImageSize } from '../../src/domain/letters/image-size.js';
import type { LetterDocument } from '../../src/domain/letters/document.js';

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The start of a baseline JPEG: SOI, an APP0 segment, then SOF0 with height 30 and width 120. */
const JPEG_HEAD = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00,
  0x1e, 0x00, 0x78, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
]);

const letter = (logo: LetterDocument['sender']['logo']): LetterDocument => ({
  lang: 'da',
  title: 'Brev',
  sender: { name: 'Sekretariatet', title: 'Kontorchef', addressLines: ['Rådhuset', '1599 København V'], logo },
  recipientsLabel: 'Til',
  recipients: ['Udvalget'],
  date: '21. januar 2013',
  dateLabel: 'Dato',
  references: [],
  contactLabels: { phone: 'Telefon', email: 'E-mail' },
  subject: 'Emne',
  body: [{ kind: 'paragraph', runs: [{ text: 'Tekst' }] }],
  greeting: 'Venlig hilsen',
  annexesLabel: 'Bilag:',
  annexes: [],
});

describe('the logo', () => {
  it('has its size read from PNG and JPEG headers, and nothing from other bytes', () => {
    expect(readImageSize(PNG_1X1)).toEqual({ width: 1, height: 1 });
    expect(readImageSize(JPEG_HEAD)).toEqual({ width: 120, height: 30 });
    expect(readImageSize(Buffer.from('GIF89a'))).toBeNull();
    expect(readImageSize(new Uint8Array())).toBeNull();
  });

  it('is placed in the DOCX and inlined in the HTML, with its description', async () => {
    const logo = { contentType: 'image/png' as const, base64: PNG_1X1.toString('base64'), description: 'Kommunens logo' };
    const files = unzipSync(await letterToDocx(letter(logo)));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files[media[0]!]!)).toEqual(PNG_1X1);
    expect(new TextDecoder().decode(files['word/document.xml'])).toContain('descr="Kommunens logo"');
    expect(letterToHtml(letter(logo))).toContain(`<img src="data:image/png;base64,${PNG_1X1.toString('base64')}" alt="Kommunens logo">`);

    const without = unzipSync(await letterToDocx(letter(null)));
    expect(Object.keys(without).filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });
});
