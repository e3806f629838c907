export { closePdfRenderer, renderPdf } from './pdf.renderer';
