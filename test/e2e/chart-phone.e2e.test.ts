// The indicator chart on a phone, in real Chromium at 390 px: its text is
// as large as the page's small print (at least 11 CSS px, not the 720 px
// wide chart scaled down to a third), and a gap indicator's gap, the
// headline, fills its own panel instead of lying flat under the groups'
// levels on a shared axis.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { CURRENT, startPublicApp } from '../public/public-app.js';
import type { PublicApp } from '../public/public-app.js';

let browser: Browser;
let site: PublicApp;
let origin: string;
let phone: Page;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), startPublicApp('sqlite')]);
  origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
  phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const GAP_PAGE = `/politikker/${CURRENT}/indikatorer/karakterforskel/`;
const PLAIN_PAGE = `/en/policies/${CURRENT}/indicators/tryghed/`;

/** Each shown chart text with the size it renders at on screen: its font size times the SVG's scale. */
function renderedTextSizes(): { text: string; px: number }[] {
  return Array.from(document.querySelectorAll<SVGTextElement>('.chart svg text'))
    .filter((text) => text.getBoundingClientRect().height > 0 && (text.textContent ?? '').trim() !== '')
    .map((text) => ({ text: text.textContent!.trim(), px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a }));
}

/**
 * How much of its panel's height the headline takes: the gap line (black,
 * 3 px) with the target line from the baseline (grey, dashed), against the
 * span of the panel's horizontal rules (value lines and time axis).
 */
function headlineShareOfPanel(): number | null {
  const gapLine = Array.from(document.querySelectorAll<SVGPathElement>('.chart svg path[stroke="#1a1a1a"][stroke-width="3"]')).find(
    (path) => path.getBoundingClientRect().height > 0,
  );
  if (!gapLine) return null;
  const svg = gapLine.ownerSVGElement!;
  const paths = Array.from(svg.querySelectorAll('path')).map((path) => ({ path, box: path.getBoundingClientRect() }));
  const targetLine = paths.find(({ path }) => path.getAttribute('stroke-dasharray') === '6,4');
  const headline = [gapLine.getBoundingClientRect(), ...(targetLine ? [targetLine.box] : [])];
  const rules = paths.filter(({ box }) => box.height < 2 && box.width > svg.getBoundingClientRect().width / 2).map(({ box }) => box);
  const span = (boxes: DOMRect[]) => Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
  return span(headline) / span(rules);
}

describe('the indicator chart on a 390 px phone', () => {
  it.each([
    ['a gap indicator', GAP_PAGE],
    ['an indicator of one group', PLAIN_PAGE],
  ])('draws its axis labels at 11 CSS px or more, on %s', async (_, path) => {
    await phone.goto(origin + path);
    const sizes = await phone.evaluate(renderedTextSizes);
    // The periods along the time axis and the figures up the value axis, at least.
    expect(sizes.length).toBeGreaterThanOrEqual(8);
    expect(sizes.filter((s) => s.px < 11)).toEqual([]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it("gives a gap indicator's gap and its target most of the height of their panel", async () => {
    await phone.goto(origin + GAP_PAGE);
    const share = await phone.evaluate(headlineShareOfPanel);
    expect(share).not.toBeNull();
    expect(share!).toBeGreaterThan(0.5);
  });
});
