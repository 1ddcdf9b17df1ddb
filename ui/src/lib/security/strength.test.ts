import { describe, expect, it } from 'vitest';
import { passphraseLength, strength, type StrengthWord } from './strength';

function check(passphrase: string, word: StrengthWord): void {
  expect(strength(passphrase).word, JSON.stringify(passphrase)).toBe(word);
}

describe('strength', () => {
  it('calls anything under eight characters too short, whatever it holds', () => {
    check('', 'too short');
    check('aB3$xY9', 'too short');
    expect(strength('Ab1!').score).toBe(0);
  });

  it('rates length and kinds of characters', () => {
    check('password', 'weak');
    check('password1', 'fair');
    check('Tr0ub4dor&3', 'good');
    check('zq8Lr!vW2#mK', 'good');
    check('7Gk#p2Qz!x9Lm@4R', 'strong');
    check('correct horse battery staple', 'strong');
  });

  it('counts repeated and sequential characters for less', () => {
    check('aaaaaaaaaaaaaaaa', 'weak');
    check('abcdefghijklmnop', 'weak');
    check('12345678901234567890', 'weak');
    check('abababababababab', 'weak');
    expect(strength('zyxwvuts').bits).toBeLessThan(strength('zqxmvkts').bits);
  });

  it('scores from 0 to 4 with the word that goes with it', () => {
    const words = ['too short', 'weak', 'fair', 'good', 'strong'];
    for (const p of ['abc', 'password', 'password1', 'Tr0ub4dor&3', 'correct horse battery staple']) {
      const s = strength(p);
      expect(words[s.score]).toBe(s.word);
    }
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passphraseLength('🔒🔒🔒🔒')).toBe(4);
    expect(passphraseLength('éléphant')).toBe(8);
    expect(strength('🔒🔑🔐🔒🔑🔐🔒').score).toBe(0);
  });
});
