import type { FlyerFont } from '../flyers/font';
import { drawPdf } from '../flyers/pdf';
import type { FlyerQr } from '../flyers/qr';
import type { SheetLayout } from './layout';

/** The sheet as an A4 PDF, the font embedded as a subset (any printer renders the Chinese). */
export function sheetPdf(layout: SheetLayout, qr: FlyerQr, font: FlyerFont, title: string): Promise<Buffer> {
  return drawPdf({ width: layout.width, height: layout.height, pages: layout.pages, ruleWidth: 0.6, qr, font, title });
}
