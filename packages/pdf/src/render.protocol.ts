/** What the rendering threads and the thread asking for a PDF send each other. */
export type RenderRequest = { id: number; definition: object };

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: { message: string; stack?: string } };

/** Where the worker finds the fonts (resolved by the caller: the worker may run as stripped TypeScript). */
export type WorkerSetup = { fontsDir: string };
