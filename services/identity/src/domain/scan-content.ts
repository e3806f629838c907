import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib';
import sharp from 'sharp';
import { MAX_SCAN_BYTES, type DecodedScan } from './document-scan.rules';
import { violation, type Violation } from './violation';

/** Larger images are refused before decoding: a small file can declare a huge canvas. */
const MAX_PIXELS = 60_000_000;

/** Keys that make a PDF act instead of being read: scripts, actions on open or on events, launching, attachments. */
const ACTIVE_PDF_KEYS = new Set(['JS', 'JavaScript', 'OpenAction', 'AA', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia']);

const unreadable = (what: string) =>
  violation('scan.contentBase64', `Файл повреждён или это не ${what}. Загрузите скан заново.`, 'SCAN_TYPE_NOT_ALLOWED');

/** `/J#61vaScript` is `/JavaScript`: PDF names may escape any byte. */
const nameOf = (name: PDFName) =>
  name
    .asString()
    .slice(1)
    .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function hasActiveKey(value: PDFObject | undefined, seen: Set<PDFObject>): boolean {
  if (value === undefined || seen.has(value)) return false;
  seen.add(value);
  if (value instanceof PDFDict) {
    for (const [key, inner] of value.entries()) {
      if (ACTIVE_PDF_KEYS.has(nameOf(key))) return true;
      if (inner instanceof PDFName && ACTIVE_PDF_KEYS.has(nameOf(inner))) return true;
      if (hasActiveKey(inner, seen)) return true;
    }
    return false;
  }
  if (value instanceof PDFArray) return value.asArray().some((inner) => hasActiveKey(inner, seen));
  if (value instanceof PDFRawStream) return hasActiveKey(value.dict, seen);
  return false;
}

/**
 * Every object of the file, those packed in compressed object streams included (pdf-lib unpacks them), is
 * looked at; one active key refuses the file. Encrypted files cannot be looked into and are refused too.
 */
async function checkPdf(scan: DecodedScan): Promise<DecodedScan | Violation> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(scan.content, { updateMetadata: false, throwOnInvalidObject: true });
    // pdf-lib reads almost anything; a scan has at least one page.
    if (document.getPageCount() < 1) return unreadable('PDF');
  } catch {
    return unreadable('PDF');
  }
  if (document.isEncrypted) {
    return violation('scan.contentBase64', 'PDF защищён паролем. Загрузите файл без защиты.', 'SCAN_TYPE_NOT_ALLOWED');
  }
  const seen = new Set<PDFObject>();
  const active = [document.catalog, ...document.context.enumerateIndirectObjects().map(([, object]) => object)].some((object) =>
    hasActiveKey(object, seen),
  );
  if (active) {
    return violation(
      'scan.contentBase64',
      'PDF содержит сценарии, действия или вложенные файлы. Сохраните скан как обычный PDF или как изображение JPEG/PNG.',
      'SCAN_TYPE_NOT_ALLOWED',
    );
  }
  return scan;
}

/** Decodes the image and encodes it again: what is not a picture (metadata, appended bytes) does not survive. */
async function reencodeImage(scan: DecodedScan): Promise<DecodedScan | Violation> {
  const format = scan.contentType === 'image/png' ? 'png' : 'jpeg';
  try {
    const image = sharp(scan.content, { failOn: 'error', limitInputPixels: MAX_PIXELS }).rotate();
    const content = await (format === 'png' ? image.png() : image.jpeg({ quality: 90 })).toBuffer();
    if (content.length > MAX_SCAN_BYTES) {
      return violation('scan.contentBase64', 'Скан больше 10 МБ. Уменьшите размер файла.', 'SCAN_TOO_LARGE');
    }
    return { ...scan, content };
  } catch {
    return unreadable(format === 'png' ? 'изображение PNG' : 'изображение JPEG');
  }
}

/** The scan as it may be stored: images re-encoded, PDFs without active content; otherwise the broken rule. */
export function cleanScanContent(scan: DecodedScan): Promise<DecodedScan | Violation> {
  return scan.contentType === 'application/pdf' ? checkPdf(scan) : reencodeImage(scan);
}
