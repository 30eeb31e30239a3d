// The marker drawn before a status word in a letter: a shape and a colour
// per status, so the status never rests on colour alone (and survives a
// black-and-white print): green a filled circle, yellow and orange a
// triangle, red a square, grey (no data) an open circle. The colours are
// dark enough to stand out against white paper.
import type { StatusColour } from '../domain/status/types.js';

export interface StatusMarker {
  readonly shape: 'circle' | 'triangle' | 'square' | 'ring';
  /** Hex without `#`, as DOCX wants it. */
  readonly colour: string;
  /** The character a word processor draws for the shape. */
  readonly glyph: string;
}

const MARKERS: Readonly<Record<StatusColour, StatusMarker>> = {
  green: { shape: 'circle', colour: '1E7B34', glyph: '\u25CF' },
  yellow: { shape: 'triangle', colour: 'B07D00', glyph: '\u25B2' },
  orange: { shape: 'triangle', colour: 'C25400', glyph: '\u25B2' },
  red: { shape: 'square', colour: 'C0262D', glyph: '\u25A0' },
  grey: { shape: 'ring', colour: '6B6B6B', glyph: '\u25CB' },
};

export function statusMarker(colour: StatusColour): StatusMarker {
  return MARKERS[colour];
}

/** The marker as inline SVG for HTML and PDF; hidden from screen readers, since the word beside it says the same. */
export function markerSvg(colour: StatusColour): string {
  const { shape, colour: hex } = MARKERS[colour];
  const fill = `#${hex}`;
  const body =
    shape === 'circle'
      ? `<circle cx="5" cy="5" r="4.5" fill="${fill}"/>`
      : shape === 'triangle'
        ? `<path d="M5 0.5 9.6 9.3H0.4Z" fill="${fill}"/>`
        : shape === 'square'
          ? `<rect x="1" y="1" width="8" height="8" fill="${fill}"/>`
          : `<circle cx="5" cy="5" r="3.8" fill="none" stroke="${fill}" stroke-width="1.6"/>`;
  return `<svg class="marker" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">${body}</svg>`;
}
