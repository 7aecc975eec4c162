import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Test helpers: a PDF page as pixels (poppler's pdftoppm, Debian poppler-utils) and QR decoding (jsqr). */
export interface Raster {
  png: PNG;
  file: string;
}

export function rasterizePdf(pdf: Buffer, name: string, dpi = 200): Raster {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-flyer-'));
  fs.writeFileSync(path.join(dir, `${name}.pdf`), pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', path.join(dir, `${name}.pdf`), path.join(dir, name)]);
  const file = path.join(dir, `${name}.png`);
  return { png: PNG.sync.read(fs.readFileSync(file)), file };
}

export function decodeQr(png: PNG): string | null {
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

/** Share of pixels darker than mid-grey within rows [top, bottom) (fractions of the height). */
export function darkShare(png: PNG, top = 0, bottom = 1): number {
  let dark = 0;
  const y0 = Math.floor(top * png.height);
  const y1 = Math.floor(bottom * png.height);
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 384) dark++;
    }
  }
  return dark / (png.width * (y1 - y0));
}

export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
}

export function pdfFonts(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-fonts-'));
  fs.writeFileSync(path.join(dir, 'f.pdf'), pdf);
  return execFileSync('pdffonts', [path.join(dir, 'f.pdf')]).toString('utf8');
}
