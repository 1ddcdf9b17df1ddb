import { describe, expect, it } from 'vitest';
import { fold, formatDate, formatDays, formatSize, plural, shortHash } from './format';

describe('days', () => {
  it('counts in the singular for one', () => {
    expect(formatDays(0)).toBe('0 days');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(30)).toBe('30 days');
  });

  it('pluralises other nouns', () => {
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(3, 'subprocessor')).toBe('3 subprocessors');
  });
});

describe('formatDate', () => {
  it('writes a legal date without moving it across time zones', () => {
    expect(formatDate('2026-03-05')).toBe('5 Mar 2026');
    expect(formatDate('2025-12-31')).toBe('31 Dec 2025');
  });

  it('passes anything else through', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('31/12/2025')).toBe('31/12/2025');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
  });
});

describe('text', () => {
  it('shortens hashes', () => {
    expect(shortHash('0123456789abcdef0123', 8)).toBe('01234567…');
    expect(shortHash('abc')).toBe('abc');
  });

  it('folds case and accents', () => {
    expect(fold('  États-Unis ')).toBe('etats-unis');
    expect(fold('CŒUR')).toBe('coeur');
  });
});

describe('formatSize', () => {
  it.each([
    // Bytes below a kilobyte.
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    // Multiples of 1024, with one decimal below ten.
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [38_912, '38 KB'],
    [2_516_582, '2.4 MB'],
    [3 * 1024 ** 3, '3 GB'],
    // The next unit rather than 1024 of one.
    [10 * 1024 - 1, '10 KB'],
    [1024 * 1024 - 1, '1 MB'],
    // Nothing for a size that is not one.
    [-1, ''],
    [Number.NaN, ''],
  ])('writes %d bytes as "%s"', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
