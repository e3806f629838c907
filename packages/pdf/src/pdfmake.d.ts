// pdfmake 0.3 ships no types; only what this package uses of its server build (loaded with require).
declare module 'pdfmake' {
  type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface VirtualFileSystem {
    writeFileSync(name: string, content: Buffer): void;
  }
  export interface PdfMake {
    virtualfs: VirtualFileSystem;
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: object): OutputDocument;
  }
}

// pdfmake's pdfkit document: `provideFont` opens a family's style once per document.
declare module 'pdfmake/js/PDFDocument.js' {
  /** A parsed font file (fontkit). */
  export interface FontkitFont {
    readonly characterSet: number[];
    glyphForCodePoint(codePoint: number): unknown;
    createSubset(): unknown;
  }
  /** pdfkit's font of one document: the parsed font, the subset of it this document embeds, shaped words. */
  export interface EmbeddedFont {
    font: FontkitFont;
    subset: unknown;
    layoutCache: Record<string, unknown>;
  }
  export interface PdfKitDocument {
    provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
    getFontType(bold: boolean, italics: boolean): string;
  }
  export interface PdfKitDocumentClass {
    prototype: PdfKitDocument;
  }
}
