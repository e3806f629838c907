export { closePdfRenderer, renderPdf, startPdfRenderer } from './pdf.renderer';
