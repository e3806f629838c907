import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { decodeScan, isViolation, type DecodedScan } from './document-scan.rules';
import { cleanScanContent } from './scan-content';

const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(256, 0x90)]);
const scanOf = (content: Buffer, fileName = 'scan'): DecodedScan => {
  const decoded = decodeScan(fileName, content.toString('base64'));
  if (isViolation(decoded)) throw new Error(decoded.message);
  return decoded;
};
const photo = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'canary-author', ImageDescription: 'canary-description' } })
    .toBuffer();

async function pdfWith(change: (document: PDFDocument) => void, useObjectStreams = false): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]).drawText('Свидетельство'.replace(/[^\x20-\x7e]/g, '') || 'scan');
  change(document);
  return Buffer.from(await document.save({ useObjectStreams }));
}

const javascriptAction = (document: PDFDocument, key = 'JavaScript') =>
  document.context.obj({ Type: 'Action', S: key, JS: PDFString.of('app.alert(1)') });

describe('scan content', () => {
  it('re-encodes a photo, dropping its metadata', async () => {
    const original = await photo();
    expect(original.toString('latin1')).toContain('canary-author');
    const clean = await cleanScanContent(scanOf(original));
    expect(isViolation(clean)).toBe(false);
    const { content } = clean as DecodedScan;
    expect(content.toString('latin1')).not.toContain('canary');
    expect((await sharp(content).metadata()).exif).toBeUndefined();
    expect(await sharp(content).metadata()).toMatchObject({ format: 'jpeg', width: 40, height: 30 });
  });

  it('refuses FF D8 FF followed by an ELF binary', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), ELF]);
    expect(await cleanScanContent(scanOf(fake))).toMatchObject({ code: 'SCAN_TYPE_NOT_ALLOWED', field: 'scan.contentBase64' });
  });

  it('keeps only the picture of a real JPEG with a binary appended', async () => {
    const clean = (await cleanScanContent(scanOf(Buffer.concat([await photo(), ELF])))) as DecodedScan;
    expect(clean.content.includes(ELF.subarray(0, 8))).toBe(false);
  });

  it('refuses a PNG signature with nothing behind it', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await cleanScanContent(scanOf(png))).toMatchObject({ code: 'SCAN_TYPE_NOT_ALLOWED' });
  });

  it('accepts the 1×1 PNG the system tests upload', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(isViolation(await cleanScanContent(scanOf(png)))).toBe(false);
  });

  it('accepts a plain PDF as it is', async () => {
    const pdf = await pdfWith(() => undefined);
    expect(await cleanScanContent(scanOf(pdf))).toMatchObject({ contentType: 'application/pdf', content: pdf });
  });

  it.each([
    ['/OpenAction with /JS', (d: PDFDocument) => d.catalog.set(PDFName.of('OpenAction'), javascriptAction(d))],
    ['/AA on a page', (d: PDFDocument) => d.getPage(0).node.set(PDFName.of('AA'), d.context.obj({ O: javascriptAction(d) }))],
    ['/Launch', (d: PDFDocument) => d.catalog.set(PDFName.of('OpenAction'), d.context.obj({ S: 'Launch', F: 'cmd.exe' }))],
    ['/EmbeddedFiles', (d: PDFDocument) => d.catalog.set(PDFName.of('Names'), d.context.obj({ EmbeddedFiles: {} }))],
  ])('refuses a PDF with %s', async (_name, change) => {
    expect(await cleanScanContent(scanOf(await pdfWith(change)))).toMatchObject({ code: 'SCAN_TYPE_NOT_ALLOWED' });
  });

  it('reads escaped names: /J#61vaScript is /JavaScript', async () => {
    const pdf = await pdfWith((d) => d.catalog.set(PDFName.of('Names'), d.context.obj({ Qx61vaScript: {} })));
    // the same length, so the cross-reference offsets stay right
    const escaped = Buffer.from(pdf.toString('latin1').replace('/Qx61vaScript', '/J#61vaScript'), 'latin1');
    expect(escaped.toString('latin1')).toContain('/J#61vaScript');
    expect(await cleanScanContent(scanOf(escaped))).toMatchObject({ code: 'SCAN_TYPE_NOT_ALLOWED' });
  });

  it('finds the action also inside a compressed object stream', async () => {
    const pdf = await pdfWith((d) => d.catalog.set(PDFName.of('OpenAction'), d.context.register(javascriptAction(d))), true);
    expect(pdf.toString('latin1')).not.toContain('/JavaScript');
    expect(await cleanScanContent(scanOf(pdf))).toMatchObject({ code: 'SCAN_TYPE_NOT_ALLOWED' });
  });

  it('refuses a damaged PDF', async () => {
    expect(await cleanScanContent(scanOf(Buffer.from('%PDF-1.7\nthis is not a pdf')))).toMatchObject({
      code: 'SCAN_TYPE_NOT_ALLOWED',
    });
  });
});
