import PDFDocument from 'pdfkit';
import type { FlyerFont } from './font';
import type { FlyerLayout } from './layout';
import { darkRuns, type FlyerQr } from './qr';

/** Modules of white around a plain QR code inside its box (the card's blank space adds more). */
export const QR_MARGIN_MODULES = 2;

/** The card as a one-page PDF with the font embedded as a subset, so any print shop renders the Chinese. */
export function flyerPdf(layout: FlyerLayout, qr: FlyerQr, font: FlyerFont, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: [layout.width, layout.height], margin: 0, info: { Title: title, Author: 'Lotus Bus' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('flyer', font.file, font.postscriptName);
  for (const op of layout.ops) {
    if (op.kind === 'text') {
      doc.font('flyer').fontSize(op.size).fillColor(op.color).text(op.text, op.x, op.y, { lineBreak: false, baseline: 'alphabetic' });
    } else if (op.kind === 'rule') {
      doc.moveTo(op.x, op.y).lineTo(op.x + op.width, op.y).lineWidth(0.5).strokeColor(op.color).stroke();
    } else if (qr.kind === 'wxacode') {
      doc.image(qr.png, op.x, op.y, { width: op.size, height: op.size });
    } else {
      const unit = op.size / (qr.modules.size + 2 * QR_MARGIN_MODULES);
      const origin = { x: op.x + QR_MARGIN_MODULES * unit, y: op.y + QR_MARGIN_MODULES * unit };
      for (const run of darkRuns(qr.modules)) doc.rect(origin.x + run.col * unit, origin.y + run.row * unit, run.length * unit, unit);
      doc.fillColor('#000000').fill();
    }
  }
  doc.end();
  return done;
}
