/** A file the API answered with inside its answer (small exports). */
export interface InlineFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** A short-lived link to a file on the gateway (/files/…, /exports/…), fetched fresh at the click. */
export interface FileLink {
  url: string;
  fileName: string;
}

/** A file fetched by this page (a gateway table export), to be saved under the server's name. */
export interface BlobFile {
  blob: Blob;
  fileName: string;
}

const click = (href: string, fileName: string) => {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.click();
};

/**
 * The browser downloads the link itself: the file streams to disk with the browser's own progress and never
 * sits in this page's memory, and it is saved under the server's Russian name (Content-Disposition).
 */
export const saveLink = (link: FileLink) => click(link.url, link.fileName);

/** A fetched file saved as a download. */
export function saveBlob({ blob, fileName }: BlobFile) {
  const url = URL.createObjectURL(blob);
  click(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An answer's base64 file saved as a download. */
export function saveInlineFile(file: InlineFile) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  saveBlob({ blob: new Blob([bytes], { type: file.contentType }), fileName: file.fileName });
}
