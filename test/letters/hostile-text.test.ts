// Text from the database (titles, names, edited wording) shows as text in
// every format: escaped in HTML, a text run in DOCX, never markup.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { letterToDocx } from '../../src/documents/letter-docx.js';
import { letterToHtml } from '../../src/documents/letter-html.js';
import { composeLetter } from '../../src/domain/letters/compose-letter.js';
import type { OrientationModel } from '../../src/domain/letters/view-models.js';
import { docxText } from './support.js';

const HOSTILE = `<script>alert("x")</script> & <b>fed</b> 'citat'`;

const model: OrientationModel = {
  kind: 'orientation',
  context: {
    lang: 'da',
    date: '2013-01-21',
    sender: { name: `Afsender ${HOSTILE}`, title: HOSTILE, addressLines: [HOSTILE], logo: null },
    barometerName: 'Barometer',
    municipalityName: 'Kommunen',
    policyTitle: `Politik ${HOSTILE}`,
    release: { id: 1, title: HOSTILE, publishedOn: '2013-01-15' },
  },
  recipients: [`Udvalg ${HOSTILE}`],
  withFigure: 1,
  total: 1,
  missing: [],
  overall: { colour: 'green', counts: { green: 1, yellow: 0, orange: 0, red: 0, grey: 0 } },
  areas: [
    {
      number: 1,
      title: `Område ${HOSTILE}`,
      colour: 'green',
      counts: { green: 1, yellow: 0, orange: 0, red: 0, grey: 0 },
      goals: [
        {
          number: 1,
          title: `Mål ${HOSTILE}`,
          colour: 'green',
          committees: [{ code: 'X', name: `Udvalg ${HOSTILE}`, role: 'lead' }],
          indicators: [
            {
              code: 'i',
              title: `Indikator ${HOSTILE}`,
              isMain: false,
              colour: 'green',
              status: 'fremgang',
              latest: '1 (2012)',
              baseline: '0 (2010)',
              changeSinceBaseline: '+1',
              sincePrevious: null,
              inRelease: true,
            },
          ],
        },
      ],
    },
  ],
  clearest: 1,
  stalling: [],
  deadlines: [],
};
const texts = { subject: `Emne ${HOSTILE}`, completeness: `Redigeret ${HOSTILE}`, changes: `Indikator ${HOSTILE}: fremgang` };

describe('hostile text in a letter', () => {
  it('is escaped in HTML', () => {
    const html = letterToHtml(composeLetter(model, texts));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>fed</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt; &#39;citat&#39;');
    expect(html).toContain(`<title>Emne &lt;script&gt;`);
  });

  it('is text in DOCX', async () => {
    const docx = await letterToDocx(composeLetter(model, texts));
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    const text = docxText(docx);
    expect(text).toContain(`Emne ${HOSTILE}`);
    expect(text).toContain(`Mål 1: Mål ${HOSTILE}`);
    expect(text).toContain(`| Indikator ${HOSTILE}`);
  });
});
