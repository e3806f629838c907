/**
 * `Content-Disposition` of a download: an ASCII fallback for old clients and the Russian name as RFC 5987's
 * `filename*` (RFC 6266), which every current browser saves the file under.
 */
export const attachmentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
