import type { FlyerFont } from './font';
import type { FlyerLayout, Op } from './layout';
import { QR_MARGIN_MODULES } from './pdf';
import { darkRuns, type FlyerQr } from './qr';

const n = (v: number) => Number(v.toFixed(2));

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text as glyph outlines: the SVG then needs no font where it is opened or printed. */
function textPath(font: FlyerFont, op: Extract<Op, { kind: 'text' }>): string {
  const scale = op.size / font.face.unitsPerEm;
  const run = font.face.layout(op.text);
  let x = op.x;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    const d = glyph.path.scale(scale, -scale).translate(x + pos.xOffset * scale, op.y - pos.yOffset * scale).toSVG();
    if (d) parts.push(d);
    x += pos.xAdvance * scale;
  });
  return `<path fill="${op.color}" d="${parts.join('')}"/>`;
}

function qrSvg(qr: FlyerQr, op: Extract<Op, { kind: 'qr' }>): string {
  if (qr.kind === 'wxacode') {
    return `<image x="${n(op.x)}" y="${n(op.y)}" width="${op.size}" height="${op.size}" href="data:image/png;base64,${qr.png.toString('base64')}"/>`;
  }
  const unit = op.size / (qr.modules.size + 2 * QR_MARGIN_MODULES);
  const x0 = op.x + QR_MARGIN_MODULES * unit;
  const y0 = op.y + QR_MARGIN_MODULES * unit;
  const d = darkRuns(qr.modules)
    .map((r) => `M${n(x0 + r.col * unit)} ${n(y0 + r.row * unit)}h${n(r.length * unit)}v${n(unit)}h${n(-r.length * unit)}z`)
    .join('');
  return `<path fill="#000" shape-rendering="crispEdges" d="${d}"/>`;
}

/** The same card as the PDF, 105 × 148 mm, self-contained. */
export function flyerSvg(layout: FlyerLayout, qr: FlyerQr, font: FlyerFont, title: string): string {
  const body = layout.ops.map((op) => {
    if (op.kind === 'text') return textPath(font, op);
    if (op.kind === 'rule') return `<path stroke="${op.color}" stroke-width="0.5" d="M${n(op.x)} ${n(op.y)}h${n(op.width)}"/>`;
    return qrSvg(qr, op);
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="105mm" height="148mm" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
