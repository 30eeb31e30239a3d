// The site's icon: a gauge, as SVG for browsers that take one and as a
// 16×16 .ico for those that ask for /favicon.ico by habit. The .ico is drawn
// here, pixel by pixel from the same shapes, so there is no binary file to
// keep in step and no image library to depend on.

const BLUE = [0x00, 0x59, 0xb3] as const;
const NEEDLE = { from: [8, 9], to: [12, 4] } as const;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#0059b3"/><path d="M${NEEDLE.from.join(' ')}L${NEEDLE.to.join(' ')}" stroke="#fff" stroke-width="2" stroke-linecap="round"/><circle cx="8" cy="9" r="1.5" fill="#fff"/></svg>`;

function distanceToNeedle(x: number, y: number): number {
  const [ax, ay] = NEEDLE.from;
  const [bx, by] = NEEDLE.to;
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The colour of the pixel whose centre is at (x, y): [r, g, b, alpha]. */
function pixel(x: number, y: number): readonly [number, number, number, number] {
  if (Math.hypot(x - 8, y - 8) > 7.9) return [0, 0, 0, 0];
  if (distanceToNeedle(x, y) <= 1 || Math.hypot(x - 8, y - 9) <= 1.5) return [255, 255, 255, 255];
  return [...BLUE, 255];
}

/** A 16×16, 32-bit icon: one directory entry and a bitmap stored bottom-up, with an all-clear AND mask (alpha decides). */
function drawIco(): Buffer {
  const size = 16;
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, size - 1 - row + 0.5);
      pixels.set([b, g, r, a], (row * size + x) * 4);
    }
  }
  const mask = Buffer.alloc(size * 4); // 16 bits a row, padded to 32
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // the XOR bitmap and the AND mask, stacked
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(pixels.length + mask.length, 20);
  const image = Buffer.concat([header, pixels, mask]);
  const directory = Buffer.alloc(6 + 16);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(1, 4);
  directory.writeUInt8(size, 6);
  directory.writeUInt8(size, 7);
  directory.writeUInt16LE(1, 10);
  directory.writeUInt16LE(32, 12);
  directory.writeUInt32LE(image.length, 14);
  directory.writeUInt32LE(directory.length, 18);
  return Buffer.concat([directory, image]);
}

export const FAVICON_ICO: Buffer = drawIco();
