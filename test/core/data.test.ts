import { expect } from '@open-wc/testing';
import { chooseFormat, loadData, parseText } from '../../src/core/data.js';
import { SanctuaryDataError } from '../../src/core/errors.js';
import { parseCsv, sniffDelimiter } from '../../src/core/csv.js';
import { fixtureUrl } from '../helpers.js';

async function failure(promise: Promise<unknown>): Promise<SanctuaryDataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SanctuaryDataError);
    return error as SanctuaryDataError;
  }
  throw new Error('expected a failure');
}

describe('loadData', () => {
  it('reads JSON over HTTP and reports the final URL', async () => {
    const result = await loadData(fixtureUrl('timeline/events.json'));
    expect(result.format).to.equal('json');
    expect((result.data as { events: unknown[] }).events).to.have.length(4);
    expect(result.url).to.equal(fixtureUrl('timeline/events.json'));
  });

  it('reads CSV by extension, with quoted commas, CRLF and blank rows kept for numbering', async () => {
    const result = await loadData(fixtureUrl('timeline/events.csv'));
    expect(result.format).to.equal('csv');
    const rows = result.data as Record<string, string>[];
    expect(rows).to.have.length(4);
    expect(rows[0]['title:vi']).to.equal('Hội đồng đồng ý');
    expect(rows[3].title).to.equal('Trust launches inquiry, with "quotes"');
  });

  it('reads semicolon CSV with a byte-order mark, as Excel saves it in Swedish', async () => {
    const result = await loadData(fixtureUrl('timeline/events-semicolon.csv'));
    const rows = result.data as Record<string, string>[];
    expect(Object.keys(rows[0])).to.deep.equal(['date', 'title', 'category']);
    expect(rows[1].title).to.equal('Forum grundas');
  });

  it('turns a 404 into an http error with the status', async () => {
    const error = await failure(loadData(fixtureUrl('timeline/missing.json')));
    expect(error.detail.code).to.equal('http');
    expect(error.detail.status).to.equal(404);
    expect(error.detail.message).to.contain('missing.json');
  });

  it('turns a 500 into an http error', async () => {
    const error = await failure(loadData('/test-api/status?code=503'));
    expect(error.detail).to.include({ code: 'http', status: 503 });
  });

  it('turns a refused connection into a network error', async () => {
    const error = await failure(loadData('http://127.0.0.1:9/nothing.json'));
    expect(error.detail.code).to.equal('network');
  });

  it('gives up after the timeout', async () => {
    const error = await failure(loadData('/test-api/slow?ms=3000', { timeout: 200 }));
    expect(error.detail.code).to.equal('timeout');
  });

  it('rethrows an abort by the caller as an AbortError, not a reported failure', async () => {
    const controller = new AbortController();
    const pending = loadData('/test-api/slow?ms=3000', { signal: controller.signal });
    controller.abort();
    try {
      await pending;
      expect.fail('should have rejected');
    } catch (error) {
      expect(error).not.to.be.instanceOf(SanctuaryDataError);
      expect((error as Error).name).to.equal('AbortError');
    }
  });

  it('reports bad JSON syntax', async () => {
    const error = await failure(loadData(fixtureUrl('timeline/broken.json')));
    expect(error.detail.code).to.equal('syntax');
  });

  it('refuses files over the size limit', async () => {
    const error = await failure(loadData(fixtureUrl('timeline/events.json'), { maxBytes: 100 }));
    expect(error.detail.code).to.equal('too-large');
  });
});

describe('chooseFormat and CSV helpers', () => {
  it('prefers an explicit format, then content type, then extension', () => {
    expect(chooseFormat('csv', 'application/json', 'a.json')).to.equal('csv');
    expect(chooseFormat('auto', 'text/csv; charset=utf-8', 'a')).to.equal('csv');
    expect(chooseFormat('auto', 'text/plain', 'https://x.org/sheet.csv?output=csv')).to.equal('csv');
    expect(chooseFormat('auto', null, 'a.json')).to.equal('json');
  });

  it('sniffs the delimiter outside quotes', () => {
    expect(sniffDelimiter('date;title;"a,b,c"')).to.equal(';');
    expect(sniffDelimiter('date\ttitle')).to.equal('\t');
    expect(sniffDelimiter('date,title')).to.equal(',');
  });

  it('refuses text with a single column as CSV', async () => {
    expect(() => parseCsv('just one line of prose')).to.throw(Error);
    const error = await failure(parseText('just one line of prose', 'csv', 'notes.txt'));
    expect(error.detail).to.include({ code: 'syntax', source: 'notes.txt' });
  });
});
