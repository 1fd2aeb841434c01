/**
 * Event mode's outbox: pledges taken with no signal wait in IndexedDB on this device until they
 * are sent, so a reload or a flat battery loses none. Each entry is deleted as soon as the
 * receiver has acknowledged it; nothing else is ever stored.
 */
export interface QueuedPledge {
  /** The pledge's idempotency key. */
  key: string;
  endpoint: string;
  body: Record<string, unknown>;
  queuedAt: number;
  /** Set when the receiver refused it for good (a 4xx): kept, shown, not retried. */
  rejected?: number;
}

const DB = 'sanctuary-pledge-queue';
const STORE = 'pledges';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opening = undefined;
      reject(req.error);
    };
  });
  return opening;
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await open()).transaction(STORE, mode).objectStore(STORE);
}

/** Resolves once the pledge is written (the transaction has committed). */
export async function enqueue(item: QueuedPledge): Promise<void> {
  const objects = await store('readwrite');
  await request(objects.put(item));
  await new Promise<void>((resolve, reject) => {
    objects.transaction.oncomplete = () => resolve();
    objects.transaction.onerror = () => reject(objects.transaction.error);
  });
}

export async function queued(endpoint: string): Promise<QueuedPledge[]> {
  const all = (await request((await store('readonly')).getAll())) as QueuedPledge[];
  return all.filter((item) => item.endpoint === endpoint).sort((a, b) => a.queuedAt - b.queuedAt);
}

export async function dequeue(key: string): Promise<void> {
  await request((await store('readwrite')).delete(key));
}

export async function markRejected(item: QueuedPledge, status: number): Promise<void> {
  await request((await store('readwrite')).put({ ...item, rejected: status }));
}
