import path from 'node:path';
import pdfmake from 'pdfmake';

/** Roboto as shipped with pdfmake: it has the Cyrillic glyphs. */
const fontsDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

pdfmake.setFonts({
  Roboto: {
    normal: path.join(fontsDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontsDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontsDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontsDir, 'Roboto-MediumItalic.ttf'),
  },
});
// documents are built from our own text: no downloads, no files but the fonts
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir + path.sep));

/** A pdfmake document definition (https://pdfmake.github.io/docs/0.3/) rendered to PDF bytes. */
export const renderPdf = (definition: object): Promise<Buffer> => pdfmake.createPdf(definition).getBuffer();
