import { violation, type Violation } from './violation';

export type ScanContentType = 'image/jpeg' | 'image/png' | 'application/pdf';

export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

const SIGNATURES: [ScanContentType, number[]][] = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
];

// A plain character class: a grouped repetition overflows the regexp stack on a 13 MB string.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The type of a file judged by its first bytes, whatever its name says. */
export function sniffScanType(bytes: Uint8Array): ScanContentType | null {
  const match = SIGNATURES.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte));
  return match ? match[0] : null;
}

export interface DecodedScan {
  fileName: string;
  contentType: ScanContentType;
  content: Buffer;
}

const EXTENSIONS: Record<ScanContentType, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'application/pdf': '.pdf' };

export const MAX_FILE_NAME = 120;

/**
 * The name a scan is stored and offered for download under: the last path segment only, without control,
 * bidi-override or markup characters, bounded, and ending in the extension of what the file really is.
 */
export function cleanFileName(given: string, contentType: ScanContentType): string {
  const extension = EXTENSIONS[contentType];
  const base = (given.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, '')
    .replace(/[<>"'`&;:*?|{}[\]$%=]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\.[\p{L}\p{N}]{1,5}$/u, '')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = [...base]
    .slice(0, MAX_FILE_NAME - extension.length)
    .join('')
    .trim();
  return `${stem || 'скан'}${extension}`;
}

/** Decodes an uploaded scan and checks it is a JPEG, PNG or PDF of at most 10 MB; its name is cleaned. */
export function decodeScan(fileName: string, contentBase64: string): DecodedScan | Violation {
  // Checked before decoding so an oversized upload is not copied again.
  if (contentBase64.length > Math.ceil(MAX_SCAN_BYTES / 3) * 4) {
    return violation('scan.contentBase64', 'Скан больше 10 МБ. Уменьшите размер файла.', 'SCAN_TOO_LARGE');
  }
  if (contentBase64.length === 0 || contentBase64.length % 4 !== 0 || !BASE64.test(contentBase64)) {
    return violation('scan.contentBase64', 'Файл скана повреждён: ожидается содержимое в кодировке base64.');
  }
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length > MAX_SCAN_BYTES) {
    return violation('scan.contentBase64', 'Скан больше 10 МБ. Уменьшите размер файла.', 'SCAN_TOO_LARGE');
  }
  const contentType = sniffScanType(content);
  if (!contentType) {
    return violation(
      'scan.contentBase64',
      'Загрузите скан или фото документа в формате JPEG, PNG или PDF.',
      'SCAN_TYPE_NOT_ALLOWED',
    );
  }
  return { fileName: cleanFileName(fileName, contentType), contentType, content };
}

export const isViolation = (value: object): value is Violation => 'code' in value && 'field' in value;
