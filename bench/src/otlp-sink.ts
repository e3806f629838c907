import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where `--traces` sends the system's spans: an OTLP/HTTP receiver that counts the bytes and drops them. */
export async function startOtlpSink(): Promise<{ endpoint: string; receivedBytes(): number; close(): Promise<void> }> {
  let bytes = 0;
  const server = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    receivedBytes: () => bytes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
