import { formatScene } from '../contract/scene';
import { loadFlyerFont } from '../flyers/font';
import { flyerQr, type MiniProgramCodeMaker } from '../flyers/qr';
import type { SheetContent } from './data';
import { layoutSheet } from './layout';
import { sheetPdf } from './pdf';

/** The code opens the mini-program's check page: where the full number is checked. */
export const SHEET_SCENE = formatScene({ target: { kind: 'page', page: 'check' }, flyer: null });

export interface RenderSheetProps {
  content: SheetContent;
  /** A font file with Chinese glyphs: config FLYER_FONT. */
  fontFile: string;
  h5Url: string;
  wechat: MiniProgramCodeMaker | null;
  /** A test print: allowed to carry a local address, and stamped TEST on every page. */
  test?: boolean;
}

/** The A4 alerts sheet for the bus as a PDF; `npm run alerts:sheet` and the console both call this. */
export async function renderSheet({ content, fontFile, h5Url, wechat, test }: RenderSheetProps): Promise<Buffer> {
  const qr = await flyerQr(SHEET_SCENE, { h5Url, wechat, test });
  const font = loadFlyerFont(fontFile);
  // A generic title: a PDF passed from phone to phone should not announce what it lists.
  return sheetPdf(layoutSheet(font, content, { test }), qr, font, 'Lotus Bus');
}

export { sheetContent, SHEET_MONTHS, type SheetContent } from './data';
export { identifierTail, TAIL_MAX } from './tail';
