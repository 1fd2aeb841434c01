/**
 * CSV as councils keep it in spreadsheets. Parsing is d3-dsv (RFC 4180 quoting, CRLF, about 1 kB
 * gzip, maintained by the d3 project); this module adds what spreadsheets do on top: a delimiter
 * sniffed from the header (Excel in Swedish or French locales saves with `;`), and trimmed,
 * lower-case headers and values. Row i of the result is spreadsheet row i + 2 (the header is
 * row 1), so errors can name the row an editor sees. Loaded lazily, only when a widget meets CSV.
 */
import { dsvFormat } from 'd3-dsv';

export type CsvRow = Record<string, string>;

/** Parse CSV text; throws a plain Error (wrapped by data.ts) so this chunk shares no module with the entry. */
export function parseCsv(text: string): CsvRow[] {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = sniffDelimiter(headerLine);
  const rows = dsvFormat(delimiter).parse(text) as unknown as CsvRow[];
  const columns = (rows as unknown as { columns: string[] }).columns ?? [];
  if (columns.length < 2) throw new Error('its first line has fewer than two columns');
  return rows.map((row) => {
    const clean: CsvRow = {};
    for (const column of columns) clean[column.trim().toLowerCase()] = (row[column] ?? '').trim();
    return clean;
  });
}

/** The most frequent of `,` `;` and tab outside quotes in the header line. */
export function sniffDelimiter(headerLine: string): string {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}
