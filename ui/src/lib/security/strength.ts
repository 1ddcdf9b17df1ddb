// How hard a passphrase would be to guess, as a meter under the field while it is typed. A rough estimate from
// length and the kinds of characters used, with repeated and sequential characters counting for less; there is no
// dictionary, so "the meter says strong" is advice, not a guarantee. The core decides what it accepts.

/** The shortest passphrase the core accepts. */
export const MIN_LENGTH = 8;

export type StrengthWord = 'too short' | 'weak' | 'fair' | 'good' | 'strong';

export type Strength = {
  /** 0 (too short) to 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  word: StrengthWord;
  /** The estimate behind the score, in bits. */
  bits: number;
};

/** Characters as people count them (code points), so an accented letter or an emoji is one. */
export function passphraseLength(text: string): number {
  return [...text].length;
}

/** How many characters each kind used adds to the set an attacker must try. */
function poolSize(chars: readonly string[]): number {
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c))) pool += 33;
  // Accented letters are common in French words, so they widen the set far less than their number suggests.
  if (chars.some((c) => c.codePointAt(0)! > 0x7e)) pool += 20;
  return pool;
}

/**
 * The length that counts: a character repeating the one before adds nothing, one next to the one before in the
 * character table (abc, 321) adds a quarter, one already used earlier adds a half.
 */
function effectiveLength(chars: readonly string[]): number {
  let length = 0;
  const seen = new Set<string>();
  chars.forEach((c, i) => {
    const previous = i > 0 ? chars[i - 1] : null;
    const step = previous === null ? NaN : c.codePointAt(0)! - previous.codePointAt(0)!;
    if (step === 0) length += 0;
    else if (Math.abs(step) === 1) length += 0.25;
    else if (seen.has(c)) length += 0.5;
    else length += 1;
    seen.add(c);
  });
  return length;
}

const WORDS: readonly StrengthWord[] = ['too short', 'weak', 'fair', 'good', 'strong'];

/** The meter's reading: too short under eight characters, then weak, fair, good or strong by the estimate. */
export function strength(passphrase: string): Strength {
  const chars = [...passphrase];
  const bits = Math.round(effectiveLength(chars) * Math.log2(Math.max(poolSize(chars), 1)));
  let score: Strength['score'];
  if (chars.length < MIN_LENGTH) score = 0;
  else if (bits < 40) score = 1;
  else if (bits < 60) score = 2;
  else if (bits < 80) score = 3;
  else score = 4;
  return { score, word: WORDS[score], bits };
}
