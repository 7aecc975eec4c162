import PDFDocument from 'pdfkit';
import type { FlyerFont } from './font';
import type { FlyerLayout, Op } from './layout';
import { darkRuns, type FlyerQr } from './qr';

/** Modules of white around a plain QR code inside its box (the card's blank space adds more). */
export const QR_MARGIN_MODULES = 2;

/** What the flyer and the A4 sheet draw: the flyer's operations, and filled panels. */
export type DrawOp = Op | { kind: 'panel'; x: number; y: number; width: number; height: number; color: string };

interface Drawing {
  width: number;
  height: number;
  pages: DrawOp[][];
  /** Points: the sheet's rules are a little heavier than the card's. */
  ruleWidth: number;
  qr: FlyerQr;
  font: FlyerFont;
  title: string;
}

/** Pages of drawing operations as a PDF with the font embedded as a subset, so any printer renders the Chinese. */
export function drawPdf({ width, height, pages, ruleWidth, qr, font, title }: Drawing): Promise<Buffer> {
  const doc = new PDFDocument({ size: [width, height], margin: 0, autoFirstPage: false, info: { Title: title, Author: 'Lotus Bus' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('lotus', font.file, font.postscriptName);
  for (const ops of pages) {
    doc.addPage({ size: [width, height], margin: 0 });
    for (const op of ops) {
      if (op.kind === 'text') {
        doc.font('lotus').fontSize(op.size).fillColor(op.color).text(op.text, op.x, op.y, { lineBreak: false, baseline: 'alphabetic' });
      } else if (op.kind === 'rule') {
        doc.moveTo(op.x, op.y).lineTo(op.x + op.width, op.y).lineWidth(ruleWidth).strokeColor(op.color).stroke();
      } else if (op.kind === 'panel') {
        doc.rect(op.x, op.y, op.width, op.height).fillColor(op.color).fill();
      } else if (qr.kind === 'wxacode') {
        doc.image(qr.png, op.x, op.y, { width: op.size, height: op.size });
      } else {
        const unit = op.size / (qr.modules.size + 2 * QR_MARGIN_MODULES);
        const origin = { x: op.x + QR_MARGIN_MODULES * unit, y: op.y + QR_MARGIN_MODULES * unit };
        for (const run of darkRuns(qr.modules)) doc.rect(origin.x + run.col * unit, origin.y + run.row * unit, run.length * unit, unit);
        doc.fillColor('#000000').fill();
      }
    }
  }
  doc.end();
  return done;
}

/** The card as a one-page PDF. */
export function flyerPdf(layout: FlyerLayout, qr: FlyerQr, font: FlyerFont, title: string): Promise<Buffer> {
  return drawPdf({ width: layout.width, height: layout.height, pages: [layout.ops], ruleWidth: 0.5, qr, font, title });
}
