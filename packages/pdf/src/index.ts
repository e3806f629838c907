export { renderPdf } from './pdf.renderer';
