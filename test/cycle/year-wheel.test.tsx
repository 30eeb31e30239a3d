// The year wheel as drawn on the server: a golden SVG file (rewritten with
// UPDATE_GOLDEN=1 after a deliberate change; review the diff), and the
// properties that make it readable without the drawing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MILESTONES, planCycleFromDefaults } from '../../src/domain/cycle/default-milestones.js';
import { WheelList, YearWheel } from '../../src/views/admin/cycle/year-wheel.js';

const GOLDEN = new URL('../golden/cycle/', import.meta.url);

function matchesGolden(name: string, svg: string) {
  const file = fileURLToPath(new URL(name, GOLDEN));
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, `${svg}\n`);
  expect(svg).toBe(readFileSync(file, 'utf8').trimEnd());
}

const milestones = planCycleFromDefaults(2013, { committeeIds: [1], administrationIds: [1] }).map((m, index) => ({
  id: index + 1,
  date: m.date,
  title: m.titleDa,
  overdue: m.kind === 'economic_overview' ? 2 : 0,
}));

describe('the year wheel', () => {
  it('matches the golden file for the 2013 defaults on 10 May 2013', () => {
    matchesGolden('year-wheel-2013.svg', renderToString(<YearWheel lang="da" year={2013} today="2013-05-10" milestones={milestones} />));
  });

  it("is an image with a title and a description, in the reader's language", () => {
    const svg = renderToString(<YearWheel lang="en" year={2013} today="2013-05-10" milestones={milestones} />);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="wheel-title-2013 wheel-desc-2013"/);
    expect(svg).toContain('<title id="wheel-title-2013">Annual cycle 2013 with 7 milestones</title>');
    expect(svg).toContain('<desc id="wheel-desc-2013">');
    for (const month of ['Jan', 'May', 'Dec']) expect(svg).toContain(`>${month}</text>`);
    expect(svg).toContain('>Today</text>');
    // One numbered mark per milestone; the overdue one is a square, not only a colour.
    for (let n = 1; n <= DEFAULT_MILESTONES.length; n += 1) expect(svg).toContain(`>${n}</text>`);
    expect(svg.match(/<rect /g)).toHaveLength(1);
  });

  it("marks no today outside the wheel's year", () => {
    expect(renderToString(<YearWheel lang="da" year={2013} today="2026-11-22" milestones={milestones} />)).not.toContain('I dag');
  });

  it('lists the same milestones in words: date, title, past or coming, overdue', () => {
    const html = renderToString(<WheelList lang="da" today="2013-05-10" milestones={milestones} />);
    expect(html.match(/<li>/g)).toHaveLength(7);
    expect(html).toContain('<strong><time datetime="2013-05-02">2.\u00a0maj\u00a02013</time></strong>: Økonomioversigt fra udvalgene (overstået; 2 for sent)');
    expect(html).toContain('<strong><time datetime="2013-05-16">16.\u00a0maj\u00a02013</time></strong>: Revideret handleplan (kommende)');
  });
});
