// Formatting of what the core sends: legal dates (days, shown as written), instants (shown in a time zone with its
// offset, so a reader can tell when something happened), counts and hashes.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 day", "30 days". */
export function formatDays(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "3 subprocessors", "1 subprocessor". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A legal date (YYYY-MM-DD) as "5 Mar 2026"; anything else is returned as is, and nothing as an empty string. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "+01:00", "-05:30", "+00:00" from minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall-clock time of an instant in a zone; without a zone (or with one the platform does not know), local time. */
function wallClock(date: Date, timeZone?: string): { parts: Parts; offset: number } {
  if (timeZone) {
    try {
      const fmt = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      const get = (type: Intl.DateTimeFormatPartTypes) =>
        Number(fmt.formatToParts(date).find((p) => p.type === type)?.value ?? '0');
      const parts = {
        year: get('year'),
        month: get('month'),
        day: get('day'),
        hour: get('hour'),
        minute: get('minute'),
        second: get('second'),
      };
      const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
      const offset = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
      return { parts, offset };
    } catch {
      // An unknown zone name: fall through to the machine's own zone.
    }
  }
  return {
    parts: {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
      second: date.getSeconds(),
    },
    offset: -date.getTimezoneOffset(),
  };
}

/** An RFC 3339 instant as "2026-03-05 14:07 +01:00" in the given zone (or the machine's). */
export function formatInstant(rfc3339: string, timeZone?: string, withSeconds = false): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  const { parts: p, offset } = wallClock(date, timeZone);
  const time = `${pad(p.hour)}:${pad(p.minute)}${withSeconds ? `:${pad(p.second)}` : ''}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${time} ${formatOffset(offset)}`;
}

/** The first characters of a hash, enough to compare by eye. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}

/** Lower case, accents removed: for matching what people type against names. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .trim();
}

const SIZE_UNITS = ['KB', 'MB', 'GB', 'TB'];

/**
 * A file size as people read it: "512 bytes", "1.5 KB", "38 KB", "2.4 MB" (multiples of 1024, one decimal below 10).
 * The unit goes up when the rounded figure would reach 1024, so no size reads "1024 KB".
 */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return plural(Math.round(bytes), 'byte');
  const rounded = (v: number) => (v < 10 ? Math.round(v * 10) / 10 : Math.round(v));
  let value = bytes / 1024;
  let unit = 0;
  while (rounded(value) >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${rounded(value)} ${SIZE_UNITS[unit]}`;
}
