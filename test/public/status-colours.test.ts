// The status colours as drawn: yellow must read as yellow (not the dark
// ochre that reads brown), its symbol must stay legible on it, and the shape
// must stand out from the white page by 3:1 (WCAG 1.4.11), here by its ring.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_CSS } from '../../src/views/embed/embed-css.js';

const SITE_CSS = readFileSync(new URL('../../public/barometer.css', import.meta.url), 'utf8');

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Hue in degrees and lightness in [0, 1], as HSL has them. */
function hueAndLightness(hex: string): { hue: number; lightness: number } {
  const [r, g, b] = channels(hex) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const hue = d === 0 ? 0 : max === r ? 60 * (((g - b) / d) % 6) : max === g ? 60 * ((b - r) / d + 2) : 60 * ((r - g) / d + 4);
  return { hue: (hue + 360) % 360, lightness: (max + min) / 2 };
}

function expectReadsYellow(fill: string, symbol: string, edge: string): void {
  const { hue, lightness } = hueAndLightness(fill);
  expect(hue).toBeGreaterThanOrEqual(45);
  expect(hue).toBeLessThanOrEqual(60);
  expect(lightness).toBeGreaterThanOrEqual(0.45);
  expect(contrast(symbol, fill)).toBeGreaterThanOrEqual(4.5);
  expect(Math.max(contrast(fill, '#ffffff'), contrast(edge, '#ffffff'))).toBeGreaterThanOrEqual(3);
}

describe('the yellow status', () => {
  it('is a yellow that reads yellow, with a dark symbol and a ring of 3:1 on the site', () => {
    const fill = /--yellow:\s*(#[0-9a-f]{6})/i.exec(SITE_CSS)?.[1];
    const edge = /--yellow-edge:\s*(#[0-9a-f]{6})/i.exec(SITE_CSS)?.[1];
    const ink = /--ink:\s*(#[0-9a-f]{6})/i.exec(SITE_CSS)?.[1];
    const rule = /\.status-yellow \.status-icon \{([^}]*)\}/.exec(SITE_CSS)?.[1] ?? '';
    expect(rule).toContain('color: var(--ink)');
    expect(rule).toContain('var(--yellow-edge)');
    expectReadsYellow(fill!, ink!, edge!);
  });

  it('is the same yellow on the embeddable card', () => {
    const rule = /\.status-yellow \.status-icon\{([^}]*)\}/.exec(EMBED_CSS)?.[1] ?? '';
    const [fill, symbol, edge] = ['background', 'color', 'box-shadow'].map((p) => new RegExp(`${p}:[^;#]*(#[0-9a-f]{6})`, 'i').exec(rule)?.[1]);
    expect(fill).toBe(/--yellow:\s*(#[0-9a-f]{6})/i.exec(SITE_CSS)?.[1]);
    expectReadsYellow(fill!, symbol!, edge!);
  });
});
