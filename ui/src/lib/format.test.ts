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
  it('counts bytes below a kilobyte', () => {
    expect(formatSize(0)).toBe('0 bytes');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(1023)).toBe('1023 bytes');
  });

  it('uses multiples of 1024 with one decimal below ten', () => {
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(38_912)).toBe('38 KB');
    expect(formatSize(2_516_582)).toBe('2.4 MB');
    expect(formatSize(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('moves to the next unit rather than writing 1024 of one', () => {
    expect(formatSize(10 * 1024 - 1)).toBe('10 KB');
    expect(formatSize(1024 * 1024 - 1)).toBe('1 MB');
  });

  it('writes nothing for a size that is not one', () => {
    expect(formatSize(-1)).toBe('');
    expect(formatSize(Number.NaN)).toBe('');
  });
});
