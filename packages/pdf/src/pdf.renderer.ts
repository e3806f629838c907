import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RenderReply, RenderRequest, WorkerSetup } from './render.protocol';

/**
 * Rendering is all CPU (layout, font subsetting, compression): it runs on a few worker threads so the
 * service's event loop keeps answering requests and sending mail meanwhile.
 */
const poolSize = Math.min(2, availableParallelism());
// the compiled worker next to the compiled renderer; in tests Node runs the TypeScript source itself
const workerFile = path.join(__dirname, __filename.endsWith('.ts') ? 'pdf.worker.cts' : 'pdf.worker.cjs');
const setup: WorkerSetup = {
  fontsDir: path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto'),
};

type Pending = { resolve(pdf: Buffer): void; reject(error: Error): void };
type RenderThread = { worker: Worker; pending: Map<number, Pending> };

const threads: RenderThread[] = [];
let nextId = 0;

function startThread(): RenderThread {
  const thread: RenderThread = { worker: new Worker(workerFile, { workerData: setup }), pending: new Map() };
  const { worker, pending } = thread;
  const fail = (error: Error) => {
    if (threads.includes(thread)) threads.splice(threads.indexOf(thread), 1);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (reply: RenderReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    // an idle worker does not keep the process alive
    if (pending.size === 0) worker.unref();
    if ('pdf' in reply) waiting?.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    else waiting?.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (threads.includes(thread)) fail(new Error(`PDF rendering thread stopped (exit code ${code})`));
  });
  worker.unref();
  threads.push(thread);
  return thread;
}

/** The least busy thread, or a new one while the pool is not full and every thread has work. */
function pickThread(): RenderThread {
  const idlest = threads.reduce<RenderThread | undefined>(
    (best, thread) => (!best || thread.pending.size < best.pending.size ? thread : best),
    undefined,
  );
  return idlest && (idlest.pending.size === 0 || threads.length >= poolSize) ? idlest : startThread();
}

/**
 * A pdfmake document definition (https://pdfmake.github.io/docs/0.3/) rendered to PDF bytes. The
 * definition is plain data (it is copied to a rendering thread: no functions in it).
 */
export function renderPdf(definition: object): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const { worker, pending } = pickThread();
    const request: RenderRequest = { id: nextId++, definition };
    try {
      worker.postMessage(request);
    } catch (error) {
      reject(error as Error);
      return;
    }
    pending.set(request.id, { resolve, reject });
    worker.ref();
  });
}

/**
 * Starts every rendering thread now, each parsing the fonts and rendering a sample document while the
 * service starts, so the first documents asked for are not the ones that pay for it. For a service's
 * background work: its `stop` stops the threads.
 */
export function startPdfRenderer(): { stop(): Promise<void> } {
  while (threads.length < poolSize) startThread();
  return { stop: closePdfRenderer };
}

/** Stops the rendering threads (renders still running fail); the next render starts them again. */
export async function closePdfRenderer(): Promise<void> {
  const stopping = threads.splice(0);
  for (const { pending } of stopping) {
    for (const { reject } of pending.values()) reject(new Error('PDF rendering stopped'));
    pending.clear();
  }
  await Promise.all(stopping.map(({ worker }) => worker.terminate()));
}
