import { readFileSync } from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import PDFDocument, { type FontkitFont } from 'pdfmake/js/PDFDocument.js';

/** Roboto as shipped with pdfmake: it has the Cyrillic glyphs. */
const fontsDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const fontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};
// read once into pdfmake's virtual file system instead of from disk for every document
for (const file of Object.values(fontFiles)) pdfmake.virtualfs.writeFileSync(file, readFileSync(path.join(fontsDir, file)));
pdfmake.setFonts({ Roboto: fontFiles });
// documents are built from our own text: no downloads, no files at all
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/**
 * One parsed font per family and style for the whole process. Parsing is lazy in fontkit: every new
 * document would decode the substitution and positioning tables again, which was most of a render.
 */
const sharedFonts = new Map<string, FontkitFont>();

function share(key: string, font: FontkitFont): FontkitFont {
  // Glyphs keep the code points they were first looked up with, and a document's subset looks up
  // composite glyphs' parts without any; looking every character up first keeps the text extractable.
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  sharedFonts.set(key, font);
  return font;
}

const openFont = PDFDocument.prototype.provideFont;
PDFDocument.prototype.provideFont = function (family, bold, italics) {
  const embedded = openFont.call(this, family, bold, italics);
  const key = `${family} ${this.getFontType(bold, italics)}`;
  const shared = sharedFonts.get(key) ?? share(key, embedded.font);
  if (embedded.font !== shared) {
    embedded.font = shared;
    embedded.subset = shared.createSubset();
  }
  return embedded;
};

/** A pdfmake document definition (https://pdfmake.github.io/docs/0.3/) rendered to PDF bytes. */
export const renderPdf = (definition: object): Promise<Buffer> => pdfmake.createPdf(definition).getBuffer();
