/**
 * Data loading shared by every widget: fetch a `src` URL with a timeout and abort, read JSON or
 * CSV, and turn every failure into a `SanctuaryDataError` with a clear code.
 */
import { SanctuaryDataError } from './errors.js';

export type DataFormat = 'json' | 'csv';

export interface LoadOptions {
  /** Abort when the widget's `src` changes or it leaves the page. */
  signal?: AbortSignal;
  /** Milliseconds before giving up with a `timeout` error. */
  timeout?: number;
  /** Force a format; otherwise from the response's content type, then the URL's extension. */
  format?: DataFormat | 'auto';
  /** Largest file read, in bytes (default 5 MB): a wrong URL pointing at a video should not hang a phone. */
  maxBytes?: number;
}

export interface LoadedData {
  format: DataFormat;
  /** Parsed JSON, or the CSV rows as objects keyed by (trimmed) header. */
  data: unknown;
  /** The final URL, after redirects: relative links inside the data resolve against it. */
  url: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export async function loadData(src: string, options: LoadOptions = {}): Promise<LoadedData> {
  const { signal, timeout = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const fail = (code: 'http' | 'network' | 'timeout' | 'too-large', message: string, status?: number) =>
    new SanctuaryDataError({ code, source: src, status, message });
  try {
    let response: Response;
    try {
      // credentials: 'omit' so no cookie of the host's or a third party's travels with the request.
      response = await fetch(src, { signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
    } catch (error) {
      if (timedOut) throw fail('timeout', `No answer from ${src} within ${timeout} ms.`);
      if (signal?.aborted) throw error; // superseded by a newer src: not an error to report
      throw fail('network', `Could not reach ${src} (offline, wrong host, or the server does not allow cross-origin requests): ${String(error)}`);
    }
    if (!response.ok) {
      throw fail('http', `${src} answered ${response.status} ${response.statusText}${response.status === 404 ? ': check the URL in the src attribute' : ''}.`, response.status);
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (declaredLength > maxBytes) throw fail('too-large', `${src} is ${declaredLength} bytes; the limit is ${maxBytes}.`);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw fail('timeout', `${src} did not finish within ${timeout} ms.`);
      if (signal?.aborted) throw error;
      throw fail('network', `The connection to ${src} broke while reading: ${String(error)}`);
    }
    if (text.length > maxBytes) throw fail('too-large', `${src} is over ${maxBytes} bytes.`);
    const format = chooseFormat(options.format, response.headers.get('content-type'), response.url || src);
    return { format, data: await parseText(text, format, src), url: response.url || new URL(src, document.baseURI).href };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** Explicit format, else the content type, else the extension, else JSON. */
export function chooseFormat(explicit: LoadOptions['format'], contentType: string | null, url: string): DataFormat {
  if (explicit === 'json' || explicit === 'csv') return explicit;
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('csv') || type.includes('tab-separated')) return 'csv';
  if (type.includes('json')) return 'json';
  return /\.(csv|tsv)(?:[?#]|$)/i.test(url) ? 'csv' : 'json';
}

/** Parse JSON or CSV text; a syntax error becomes a `syntax` SanctuaryDataError. */
export async function parseText(text: string, format: DataFormat, source: string): Promise<unknown> {
  const clean = text.replace(/^\uFEFF/, ''); // a BOM from Excel's "CSV UTF-8" or Notepad
  if (format === 'csv') {
    const { parseCsv } = await import('./csv.js'); // lazy: pages with JSON never download the parser
    try {
      return parseCsv(clean);
    } catch (error) {
      throw new SanctuaryDataError({ code: 'syntax', source, message: `${source} is not readable CSV: ${(error as Error).message}` });
    }
  }
  try {
    return JSON.parse(clean);
  } catch (error) {
    throw new SanctuaryDataError({ code: 'syntax', source, message: `${source} is not valid JSON: ${(error as Error).message}` });
  }
}
