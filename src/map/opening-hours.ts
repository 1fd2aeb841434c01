/**
 * The part of OpenStreetMap's `opening_hours` syntax that GP practices use:
 * `Mo-Fr 08:00-18:30; Sa 09:00-12:00; Su off`, day lists (`Mo,We`), several ranges
 * (`08:00-12:30,13:30-18:30`) and `24/7`. Anything else (public holidays, months, sunrise…) is
 * reported as unsupported, and the widget then says nothing about "open now" rather than guess.
 *
 * Why not the `opening_hours` package: it is the complete reference implementation, and 155 kB
 * gzip (holiday tables for every country) — twice the map's whole budget.
 */

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // Monday = 0, as OSM lists days

/** Open intervals per weekday, in minutes since midnight: `week[0]` is Monday. */
export type WeekHours = Array<Array<[number, number]>>;

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** Parse the supported subset; undefined when the text uses anything else. */
export function parseOpeningHours(text: string): WeekHours | undefined {
  const week: WeekHours = DAYS.map(() => []);
  const source = text.trim();
  if (!source) return undefined;
  if (source === '24/7') return DAYS.map(() => [[0, 24 * 60]]);
  for (const rule of source.split(';').map((r) => r.trim()).filter(Boolean)) {
    const match = /^([A-Za-z,\- ]+?)\s+(off|closed|(?:\d{1,2}:\d{2}-\d{1,2}:\d{2})(?:\s*,\s*\d{1,2}:\d{2}-\d{1,2}:\d{2})*)$/i.exec(rule);
    if (!match) return undefined;
    const days = parseDays(match[1]);
    if (!days) return undefined;
    const spec = match[2].toLowerCase();
    const ranges: Array<[number, number]> = [];
    if (spec !== 'off' && spec !== 'closed') {
      for (const part of spec.split(',')) {
        const [from, to] = part.trim().split('-').map(minutes);
        if (from === undefined || to === undefined || to <= from) return undefined;
        ranges.push([from, to]);
      }
    }
    // A later rule for the same day replaces an earlier one, as in OSM.
    for (const day of days) week[day] = ranges;
  }
  return week;
}

function parseDays(text: string): Weekday[] | undefined {
  const days: Weekday[] = [];
  for (const part of text.toLowerCase().replace(/\s+/g, '').split(',')) {
    const [from, to] = part.split('-');
    const a = DAYS.indexOf(from);
    const b = to === undefined ? a : DAYS.indexOf(to);
    if (a < 0 || b < 0) return undefined;
    for (let d = a; ; d = (d + 1) % 7) {
      days.push(d as Weekday);
      if (d === b) break;
    }
  }
  return days;
}

function minutes(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && value <= 24 * 60 ? value : undefined;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** Whether the hours say open at `date`, read in the practice's time zone (Europe/London by default). */
export function isOpenAt(week: WeekHours, date: Date, timeZone = 'Europe/London'): boolean {
  let clock = clocks.get(timeZone);
  if (!clock) {
    // Creating a DateTimeFormat costs about a millisecond: one per time zone, kept.
    clock = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(date);
  const weekday = parts.find((p) => p.type === 'weekday')!.value.slice(0, 2).toLowerCase();
  const hour = Number(parts.find((p) => p.type === 'hour')!.value);
  const minute = Number(parts.find((p) => p.type === 'minute')!.value);
  const now = hour * 60 + minute;
  return week[DAYS.indexOf(weekday)].some(([from, to]) => now >= from && now < to);
}
