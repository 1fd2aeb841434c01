import { expect } from '@open-wc/testing';
import { createGeocoder, localGeocoder, readAreaTable } from '../../src/map/geocoders.js';
import { normalisePostcode, distanceKm, unitFor } from '../../src/map/geo.js';
import { SanctuaryDataError } from '../../src/core/errors.js';

const table = readAreaTable({ areas: { SE6: [51.44, -0.02], 'Forest Hill': [51.439, -0.053], bad: ['x', 1], SE99: [200, 0] } });

describe('geo helpers', () => {
  it('normalises UK postcodes and outward codes', () => {
    expect(normalisePostcode('se64aa')).to.deep.equal({ full: 'SE6 4AA', outward: 'SE6' });
    expect(normalisePostcode(' SE6 ')).to.deep.equal({ outward: 'SE6' });
    expect(normalisePostcode('EC1A 1BB')).to.deep.equal({ full: 'EC1A 1BB', outward: 'EC1A' });
    expect(normalisePostcode('Catford')).to.equal(undefined);
  });

  it('measures distance and picks miles for British and American English only', () => {
    expect(distanceKm({ lat: 51.4452, lng: -0.0209 }, { lat: 51.4906, lng: 0.0637 })).to.be.closeTo(7.66, 0.1);
    expect(unitFor('en-GB')).to.equal('mi');
    expect(unitFor('en')).to.equal('mi');
    expect(unitFor('vi')).to.equal('km');
    expect(unitFor('ar')).to.equal('km');
  });
});

describe('localGeocoder (nothing leaves the page)', () => {
  const known = new Map([['SE6 4AA', { lat: 51.4452, lng: -0.0209 }]]);
  const geocoder = localGeocoder(table, known);

  it('keeps only valid rows of the area table', () => {
    expect(Object.keys(table)).to.deep.equal(['SE6', 'FOREST HILL']);
  });

  it('finds a practice’s exact postcode, an outward code, or a place name, making no request', async () => {
    const start = performance.now();
    expect(await geocoder.search('se6 4aa')).to.deep.equal({ lat: 51.4452, lng: -0.0209, label: 'SE6 4AA' });
    expect(await geocoder.search('SE6 9ZZ')).to.deep.equal({ lat: 51.44, lng: -0.02, label: 'SE6' });
    expect(await geocoder.search('forest hill')).to.deep.equal({ lat: 51.439, lng: -0.053, label: 'Forest Hill' });
    expect(await geocoder.search('Fore')).to.include({ label: 'Forest Hill' });
    expect(await geocoder.search('Atlantis')).to.equal(undefined);
    expect(performance.getEntriesByType('resource').filter((r) => r.startTime >= start)).to.deep.equal([]);
  });
});

describe('remote geocoders (opt-in)', () => {
  it('a URL template asks the partner’s own service', async () => {
    const geocoder = createGeocoder('/test-api/geocode?q={query}', table, new Map());
    expect(await geocoder.search('Woolwich')).to.deep.equal({ lat: 51.4906, lng: 0.0637, label: 'Woolwich' });
    expect(await geocoder.search('nowhere')).to.equal(undefined);
  });

  it('postcodes.io and Nominatim fail cleanly when unreachable (every DNS lookup fails in these tests)', async () => {
    for (const name of ['postcodes.io', 'nominatim']) {
      const geocoder = createGeocoder(name, table, new Map(), { timeout: 3000 });
      expect(geocoder.name).to.equal(name);
      try {
        await geocoder.search('SE6 4AA');
        expect.fail('should fail');
      } catch (error) {
        expect(error).to.be.instanceOf(SanctuaryDataError);
        expect((error as SanctuaryDataError).detail.code).to.equal('network');
      }
    }
  });

  it('defaults to local for anything unknown', () => {
    expect(createGeocoder(undefined, table, new Map()).name).to.equal('local');
    expect(createGeocoder('javascript:alert(1)', table, new Map()).name).to.equal('local');
  });
});
