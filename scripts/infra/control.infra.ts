// A tiny HTTP endpoint through which tests act on servers the test runner owns (stop the broker,
// SIGKILL a service): jest's CommonJS environment cannot import these ESM scripts itself.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ControlOptions = {
  /** 0 picks a free port */
  port: number;
  /** path → action, e.g. `/kafka/stop` */
  actions: Record<string, () => Promise<void>>;
};

export type Control = { url: string; close(): Promise<void> };

/** Serves `POST <path>` for each action; answers 204 once the action is done, 500 with its message if it failed. */
export async function startControl({ port, actions }: ControlOptions): Promise<Control> {
  // One action at a time: a start must not overtake the stop before it.
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((request, response) => {
    const action = request.method === 'POST' ? actions[request.url ?? ''] : undefined;
    if (!action) {
      response.writeHead(404).end();
      return;
    }
    const done = queue.then(action);
    queue = done.catch(() => undefined);
    done.then(
      () => response.writeHead(204).end(),
      (error: unknown) =>
        response.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
