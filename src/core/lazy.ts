/**
 * Code only some visitors need lives in chunks of its own. `lazyModule(() => import('./x.js'))`
 * gives a loader that downloads the chunk once, however many widgets or clicks ask for it, and
 * forgets a failed download (a dropped connection) so that the next call tries again.
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
