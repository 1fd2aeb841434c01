/**
 * Errors every widget reports the same way: a localized message in place, a `sanctuary-error`
 * event with this detail, and one `console.warn` for the web editor.
 */

/** What went wrong, as a stable code a host page can switch on. */
export type SanctuaryErrorCode =
  /** The server answered with an HTTP error status (404, 500, …). */
  | 'http'
  /** No answer: offline, DNS failure, CORS refusal, connection reset. */
  | 'network'
  /** No answer within the `timeout`. */
  | 'timeout'
  /** The file is not valid JSON or CSV. */
  | 'syntax'
  /** The file parsed, but is not in the widget's format (e.g. no list of events). */
  | 'schema'
  /** The file is bigger than the widget will read. */
  | 'too-large'
  /** One record is invalid; it was skipped and the rest are shown. */
  | 'invalid-item'
  /** An attribute or property has a value the widget cannot use. */
  | 'config';

export interface SanctuaryErrorDetail {
  code: SanctuaryErrorCode;
  /** Tag name of the element that reports it. */
  element: string;
  /** Where the data came from: the URL, `inline` (a JSON script child) or `property`. */
  source?: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** For `invalid-item`: the record's row (CSV: spreadsheet row, header = 1; JSON: 1-based index). */
  row?: number;
  /** For `invalid-item` and `config`: the field or attribute at fault. */
  field?: string;
  /** An English, technical explanation for the web editor (also in the console). */
  message: string;
}

/** A failure while loading or reading data, carrying its detail (minus the element). */
export class SanctuaryDataError extends Error {
  override name = 'SanctuaryDataError';
  constructor(readonly detail: Omit<SanctuaryErrorDetail, 'element'>) {
    super(detail.message);
  }
}

/** The `sanctuary-error` event: bubbles and crosses shadow roots. */
export class SanctuaryErrorEvent extends CustomEvent<SanctuaryErrorDetail> {
  constructor(detail: SanctuaryErrorDetail) {
    super('sanctuary-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sanctuary-error': SanctuaryErrorEvent;
  }
}

/** Turn anything thrown into a detail; unexpected errors are reported, never rethrown. */
export function toErrorDetail(error: unknown, fallback: Omit<SanctuaryErrorDetail, 'element' | 'message'>): Omit<SanctuaryErrorDetail, 'element'> {
  if (error instanceof SanctuaryDataError) return error.detail;
  return { ...fallback, message: error instanceof Error ? error.message : String(error) };
}
