/* eslint-disable @typescript-eslint/no-require-imports -- Node runs this file as is in tests (types
   stripped, CommonJS), so it loads modules with require instead of import statements */
import type { PdfMake } from 'pdfmake';
import type { EmbeddedFont, FontkitFont, PdfKitDocumentClass } from 'pdfmake/js/PDFDocument.js';
import type { RenderReply, RenderRequest, WorkerSetup } from './render.protocol';

const { readFileSync } = require('node:fs') as typeof import('node:fs');
const path = require('node:path') as typeof import('node:path');
const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
const pdfmake = require('pdfmake') as PdfMake;
const PDFDocument = (require('pdfmake/js/PDFDocument.js') as { default: PdfKitDocumentClass }).default;

const { fontsDir } = workerData as WorkerSetup;
/** Roboto as shipped with pdfmake: it has the Cyrillic glyphs. */
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
 * One parsed font per family and style for the whole thread. Parsing is lazy in fontkit: every new
 * document would decode the substitution and positioning tables again, which was most of a render.
 */
const sharedFonts = new Map<string, FontkitFont>();

function parsedOnce(key: string, font: FontkitFont): FontkitFont {
  // Glyphs keep the code points they were first looked up with, and a document's subset looks up
  // composite glyphs' parts without any; looking every character up first keeps the text extractable.
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  sharedFonts.set(key, font);
  return font;
}

/** Words already shaped, per family and style: pdfkit keeps them per document, yet most recur in the next. */
const sharedShapes = new Map<string, Record<string, unknown>>();
/** past this many words the cache starts over: names and numbers would grow it without end */
const SHAPED_WORDS_KEPT = 20_000;

function shapedWords(key: string): Record<string, unknown> {
  let words = sharedShapes.get(key);
  if (!words || Object.keys(words).length > SHAPED_WORDS_KEPT) {
    words = Object.create(null) as Record<string, unknown>;
    sharedShapes.set(key, words);
  }
  return words;
}

const adopted = new WeakSet<EmbeddedFont>();
const openFont = PDFDocument.prototype.provideFont;
PDFDocument.prototype.provideFont = function (family, bold, italics) {
  const embedded = openFont.call(this, family, bold, italics);
  if (adopted.has(embedded)) return embedded;
  const key = `${family} ${this.getFontType(bold, italics)}`;
  const font = sharedFonts.get(key) ?? parsedOnce(key, embedded.font);
  embedded.font = font;
  embedded.subset = font.createSubset();
  embedded.layoutCache = shapedWords(key);
  adopted.add(embedded);
  return embedded;
};

const render = (definition: object): Promise<Buffer> => pdfmake.createPdf(definition).getBuffer();

parentPort?.on('message', ({ id, definition }: RenderRequest) => {
  const reply = (message: RenderReply) => parentPort?.postMessage(message);
  render(definition).then(
    (pdf) => reply({ id, pdf }),
    (error: unknown) => {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      reply({ id, error: { message, stack } });
    },
  );
});

// a sample like the printed forms (every style, tables, paragraphs): the fonts get parsed, the code warm
const sample = 'Заявление о предоставлении сертификата № 42, Ёжиков Пётр Юрьевич, anna@example.ru';
const warmUp = {
  content: [
    { text: sample, bold: true },
    { text: sample, italics: true },
    { text: sample, bold: true, italics: true },
    { table: { widths: ['45%', '55%'], body: [[sample, sample]] } },
    sample.repeat(8),
  ],
};
void (async () => {
  for (let i = 0; i < 3; i++) await render(warmUp);
})();
