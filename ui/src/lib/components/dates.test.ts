import { setLang } from '../i18n';
import { afterEach, describe, expect, it } from 'vitest';
import { datePattern, formatDate, formatDateTime, parseDate, parseDateTime, windowLocale } from './dates';

afterEach(() => {
  setLang('en');
});

describe('the date format of the window', () => {
  it('follows the page language: an English and a French window write day/month/year, each in its words', () => {
    setLang('en');
    expect(windowLocale()).toBe('en-GB');
    expect(datePattern().hint).toBe('dd/mm/yyyy');
    setLang('fr');
    expect(windowLocale()).toBe('fr-FR');
    expect(datePattern().hint).toBe('jj/mm/aaaa');
    expect(formatDate('2026-11-23')).toBe('23/11/2026');
  });

  it('takes the order and separator of any other language from the platform', () => {
    expect(datePattern('en-US').hint).toBe('mm/dd/yyyy');
    expect(datePattern('de-DE').hint).toBe('dd.mm.yyyy');
    expect(formatDate('2026-11-23', 'de-DE')).toBe('23.11.2026');
    expect(parseDate('11/23/2026', 'en-US')).toBe('2026-11-23');
  });
});

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    ['23/11/2026', '2026-11-23'],
    ['1/2/2027', '2027-02-01'],
    ['01.02.27', '2027-02-01'],
    ['23-11-2026', '2026-11-23'],
    [' 23 / 11 / 2026 ', '2026-11-23'],
    ['2026-11-23', '2026-11-23'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2027', null],
    ['31/04/2026', null],
    ['13/13/2026', null],
    ['2026-02-30', null],
    ['23/11', null],
    ['tomorrow', null],
    ['23/11/202', null],
    ['', null],
  ];
  it.each(cases)('reads %j as %j in an English window', (text, expected) => {
    expect(parseDate(text, 'en-GB')).toBe(expected);
  });
});

describe('dates with a time', () => {
  it('reads the window’s order or ISO, and writes the window’s order', () => {
    expect(parseDateTime('23/11/2026 08:00', 'en-GB')).toBe('2026-11-23T08:00');
    expect(parseDateTime('2026-11-23T08:00', 'en-GB')).toBe('2026-11-23T08:00');
    expect(parseDateTime('23/11/2026 8:05', 'en-GB')).toBe('2026-11-23T08:05');
    expect(parseDateTime('23/11/2026 24:00', 'en-GB')).toBeNull();
    expect(parseDateTime('23/11/2026', 'en-GB')).toBeNull();
    expect(formatDateTime('2026-11-23T08:00', 'fr-FR')).toBe('23/11/2026 08:00');
    expect(formatDateTime('', 'fr-FR')).toBe('');
  });
});
