import { expect } from '@open-wc/testing';
import { isOpenAt, parseOpeningHours } from '../../src/map/opening-hours.js';

const hour = (h: number, m = 0) => h * 60 + m;

describe('parseOpeningHours', () => {
  it('reads day ranges, day lists, several ranges, off, and 24/7', () => {
    const week = parseOpeningHours('Mo-Fr 08:00-12:30,13:30-18:30; Sa 09:00-12:00; Su off')!;
    expect(week[0]).to.deep.equal([
      [hour(8), hour(12, 30)],
      [hour(13, 30), hour(18, 30)],
    ]);
    expect(week[5]).to.deep.equal([[hour(9), hour(12)]]);
    expect(week[6]).to.deep.equal([]);
    expect(parseOpeningHours('Mo,We 09:00-17:00')![2]).to.deep.equal([[hour(9), hour(17)]]);
    expect(parseOpeningHours('24/7')![3]).to.deep.equal([[0, 1440]]);
    expect(parseOpeningHours('Fr-Mo 10:00-11:00')!.map((d) => d.length)).to.deep.equal([1, 0, 0, 0, 1, 1, 1]);
  });

  it('says it cannot read the rest, rather than guess', () => {
    for (const text of ['PH off', 'sunrise-sunset', 'Mo-Fr 08:00-18:30; PH off', 'Jan-Mar Mo 10:00-12:00', 'Mo 18:00-08:00', 'Mo 25:00-26:00', '', 'open']) {
      expect(parseOpeningHours(text), text).to.equal(undefined);
    }
  });
});

describe('isOpenAt', () => {
  const week = parseOpeningHours('Mo-Fr 08:00-18:30; Sa 09:00-12:00')!;

  it('reads the time in London, whatever the visitor’s time zone', () => {
    expect(isOpenAt(week, new Date('2026-11-23T09:00:00Z'))).to.equal(true); // Monday 09:00 GMT
    expect(isOpenAt(week, new Date('2026-11-23T18:30:00Z'))).to.equal(false); // closes at 18:30
    expect(isOpenAt(week, new Date('2026-11-22T10:00:00Z'))).to.equal(false); // Sunday
    expect(isOpenAt(week, new Date('2026-07-20T07:30:00Z'))).to.equal(true); // Monday 08:30 BST
  });
});
