import { loadFlyerFont } from './font';
import { layoutFlyer } from './layout';
import { flyerPdf } from './pdf';
import type { FlyerQr } from './qr';
import { flyerSvg } from './svg';
import type { FlyerLang, FlyerTexts } from './texts';

export type FlyerFormat = 'pdf' | 'svg';

export interface RenderFlyerProps {
  format: FlyerFormat;
  qr: FlyerQr;
  texts: FlyerTexts;
  langs: FlyerLang[];
  code: string;
  /** A font file (.ttf/.ttc) with Chinese glyphs: config FLYER_FONT. */
  fontFile: string;
  /** Stamps the card TEST (see flyerQr's `test`). */
  test?: boolean;
}

/** One printable A6 card; the console route and `npm run flyer` both call this. */
export async function renderFlyer(props: RenderFlyerProps): Promise<Buffer> {
  const font = loadFlyerFont(props.fontFile);
  const layout = layoutFlyer(font, { texts: props.texts, langs: props.langs, code: props.code, test: props.test });
  // The title stays generic: a PDF passed on from phone to phone should not say where it was handed out.
  const title = props.texts.name;
  if (props.format === 'svg') return Buffer.from(flyerSvg(layout, props.qr, font, title));
  return flyerPdf(layout, props.qr, font, title);
}

export { flyerQr, qrPng, h5SceneUrl, privateAddress, SCENE_PAGE, type FlyerQr, type MiniProgramCodeMaker } from './qr';
export { TEST_STAMP } from './layout';
export { FLYER_LANGS, loadFlyerTexts, type FlyerLang, type FlyerTexts } from './texts';
