// The pixel size of a PNG or JPEG logo, read from its header, so the Word
// document can place it without distorting it. Null when the bytes are not
// a PNG or JPEG this can read.

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

function pngSize(data: Uint8Array): ImageSize | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 24 || signature.some((byte, i) => data[i] !== byte)) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(data: Uint8Array): ImageSize | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1]!;
    const length = view.getUint16(offset + 2);
    // Start-of-frame markers carry the size; 0xC4, 0xC8 and 0xCC are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

export function readImageSize(data: Uint8Array): ImageSize | null {
  const size = pngSize(data) ?? jpegSize(data);
  return size && size.width > 0 && size.height > 0 ? size : null;
}
