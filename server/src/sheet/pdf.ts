import PDFDocument from 'pdfkit';
import type { FlyerFont } from '../flyers/font';
import { QR_MARGIN_MODULES } from '../flyers/pdf';
import { darkRuns, type FlyerQr } from '../flyers/qr';
import type { SheetLayout } from './layout';

/** The sheet as an A4 PDF, the font embedded as a subset (any printer renders the Chinese). */
export function sheetPdf(layout: SheetLayout, qr: FlyerQr, font: FlyerFont, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: [layout.width, layout.height], margin: 0, autoFirstPage: false, info: { Title: title, Author: 'Lotus Bus' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('sheet', font.file, font.postscriptName);
  for (const ops of layout.pages) {
    doc.addPage({ size: [layout.width, layout.height], margin: 0 });
    for (const op of ops) {
      if (op.kind === 'text') {
        doc.font('sheet').fontSize(op.size).fillColor(op.color).text(op.text, op.x, op.y, { lineBreak: false, baseline: 'alphabetic' });
      } else if (op.kind === 'rule') {
        doc.moveTo(op.x, op.y).lineTo(op.x + op.width, op.y).lineWidth(0.6).strokeColor(op.color).stroke();
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
