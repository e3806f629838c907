import fc from 'fast-check';
import { cleanFileName, decodeScan, isViolation, MAX_FILE_NAME, MAX_SCAN_BYTES, sniffScanType } from './document-scan.rules';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1');
const b64 = (bytes: Buffer) => bytes.toString('base64');

describe('document scans', () => {
  it.each([
    ['scan.png', PNG, 'image/png', 'scan.png'],
    ['photo.jpg', JPEG, 'image/jpeg', 'photo.jpg'],
    ['scan.pdf', PDF, 'application/pdf', 'scan.pdf'],
    ['без расширения', PNG, 'image/png', 'без расширения.png'],
    ['on-the-name.pdf', PNG, 'image/png', 'on-the-name.png'],
  ])('recognises %s by its content', (fileName, bytes, contentType, stored) => {
    const scan = decodeScan(fileName, b64(bytes));
    expect(scan).toEqual({ fileName: stored, contentType, content: bytes });
  });

  it('judges by content, not by name: text called scan.pdf is refused', () => {
    expect(decodeScan('scan.pdf', b64(Buffer.from('это не PDF, а текст')))).toMatchObject({
      field: 'scan.contentBase64',
      code: 'SCAN_TYPE_NOT_ALLOWED',
    });
    expect(decodeScan('scan.png', b64(Buffer.from('GIF89a')))).toMatchObject({ code: 'SCAN_TYPE_NOT_ALLOWED' });
  });

  it('accepts exactly 10 MB and refuses one byte more', () => {
    const limit = Buffer.alloc(MAX_SCAN_BYTES);
    PNG.copy(limit);
    expect(isViolation(decodeScan('big.png', b64(limit)))).toBe(false);
    const over = Buffer.alloc(MAX_SCAN_BYTES + 1);
    PNG.copy(over);
    expect(decodeScan('big.png', b64(over))).toMatchObject({ field: 'scan.contentBase64', code: 'SCAN_TOO_LARGE' });
  });

  it.each(['', 'not base64!', 'iVBORw0KGgo', 'iVBO Rw0K', 'iVBORw0KGgo=='])('refuses malformed base64 %j', (content) => {
    expect(decodeScan('scan.png', content)).toMatchObject({ field: 'scan.contentBase64', code: 'BAD_USER_INPUT' });
  });

  it.each([
    ['<img src=x onerror=alert(1)>.png', 'img srcx onerroralert(1).png'],
    ['../../etc/passwd', 'passwd.png'],
    ['C:\\Users\\мама\\скан.png', 'скан.png'],
    ['a\nb\u202Egnp.exe', 'abgnp.png'],
    ['', 'скан.png'],
    ['...', 'скан.png'],
  ])('cleans the file name %j to %j', (given, stored) => {
    expect(cleanFileName(given, 'image/png')).toBe(stored);
  });

  it('keeps any cleaned name within the bound, markup-free and ending in the real extension', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (given) => {
        const name = cleanFileName(given, 'application/pdf');
        expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME);
        expect(name).toMatch(/^[^<>"'&/\\\p{Cc}\p{Cf}]+\.pdf$/u);
      }),
    );
  });

  it('never accepts bytes that start with none of the three signatures', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const type = sniffScanType(bytes);
        const buffer = Buffer.from(bytes);
        const expected = buffer.subarray(0, 3).equals(JPEG.subarray(0, 3))
          ? 'image/jpeg'
          : buffer.subarray(0, 8).equals(PNG.subarray(0, 8))
            ? 'image/png'
            : buffer.subarray(0, 5).toString('latin1') === '%PDF-'
              ? 'application/pdf'
              : null;
        expect(type).toBe(expected);
        const decoded = decodeScan('f.bin', b64(buffer));
        expect(isViolation(decoded)).toBe(expected === null);
      }),
    );
  });
});
