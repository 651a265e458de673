/** A scan's format, size and resolution from its first bytes (no decoding): for OCR in Node and the browser. */

export type ImageFormat = 'png' | 'jpeg';

/** 'png' or 'jpeg' by the file's first bytes, else null. */
export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

/**
 * Size and resolution of a PNG (IHDR, pHYs) or JPEG (SOF, JFIF density). Without a stated
 * resolution, the image is taken to be an A4 page across its width (a photo of a letter).
 */
export function imageInfo(bytes: Uint8Array): { format: ImageFormat; width: number; height: number; dpi: number } {
  const format = imageFormat(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let dpi = 0;
  if (format === 'png') {
    width = view.getUint32(16);
    height = view.getUint32(20);
    for (let at = 8; at + 8 <= bytes.length; ) {
      const length = view.getUint32(at);
      const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
      if (type === 'pHYs' && bytes[at + 16] === 1) dpi = view.getUint32(at + 8) * 0.0254;
      if (type === 'IDAT' || type === 'IEND') break;
      at += 12 + length;
    }
  } else if (format === 'jpeg') {
    for (let at = 2; at + 9 < bytes.length; ) {
      if (bytes[at] !== 0xff) break;
      const marker = bytes[at + 1] as number;
      const length = view.getUint16(at + 2);
      if (marker === 0xe0 && String.fromCharCode(...bytes.subarray(at + 4, at + 9)) === 'JFIF\0') {
        const units = bytes[at + 11];
        const density = view.getUint16(at + 12);
        if (units === 1) dpi = density;
        else if (units === 2) dpi = density * 2.54;
      }
      // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        height = view.getUint16(at + 5);
        width = view.getUint16(at + 7);
        break;
      }
      at += 2 + length;
    }
  }
  if (!format || !width || !height) throw new Error('ikke et PNG- eller JPEG-billede');
  // 72 or 96 dpi is a program's default, not the scan's: an A4 page then is not 600–800 px wide.
  return { format, width, height, dpi: dpi >= 100 ? dpi : guessDpi(width) };
}

/** The resolution of an image of a letter that does not say: an A4 page (8.27 inches) across its width. */
export const guessDpi = (width: number): number => Math.max(100, Math.round(width / 8.27));
