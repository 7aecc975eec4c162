import fs from 'node:fs';
import * as fontkit from 'fontkit';

/** The face of Debian's fonts-wqy-microhei (config FLYER_FONT): Chinese and Latin with French accents in one. */
const POSTSCRIPT_NAME = 'WenQuanYiMicroHei';

export interface FlyerFont {
  file: Buffer;
  /** The face's PostScript name inside a collection (.ttc), for pdfkit. */
  postscriptName: string | undefined;
  face: fontkit.Font;
}

const cache = new Map<string, FlyerFont>();

export function loadFlyerFont(file: string): FlyerFont {
  const hit = cache.get(file);
  if (hit) return hit;
  if (!fs.existsSync(file)) {
    throw new Error(`The flyer font ${file} is missing: install the Debian package fonts-wqy-microhei or set FLYER_FONT to a CJK .ttf/.ttc`);
  }
  const buffer = fs.readFileSync(file);
  const opened = fontkit.create(buffer);
  const collection = 'fonts' in opened ? opened : null;
  const face = collection ? (collection.getFont(POSTSCRIPT_NAME) ?? collection.fonts[0]) : (opened as fontkit.Font);
  const font = { file: buffer, postscriptName: collection ? face.postscriptName : undefined, face };
  cache.set(file, font);
  return font;
}

/** Width of `text` at `size` points. */
export function textWidth(font: FlyerFont, text: string, size: number): number {
  return (font.face.layout(text).advanceWidth * size) / font.face.unitsPerEm;
}
