// Whether a new password is one that guessing would find early: zxcvbn's
// estimate against its list of common passwords (and common words, keyboard
// walks, dates…), with the person's own e-mail address as a word to avoid.
// A score below 3 ("safely unguessable" starts at 3) or a password that is
// itself on the common-password list is refused.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

const MIN_SCORE = 3;

// Building the matcher reads the dictionaries into memory once: ~100 ms.
let factory: ZxcvbnFactory | null = null;
const zxcvbn = () => (factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/** True when the password is too easy to guess for this person. */
export function isGuessablePassword(password: string, email: string): boolean {
  const [local = ''] = email.split('@');
  const result = zxcvbn().check(password, [email, local]);
  const onCommonList =
    result.sequence.length === 1 && result.sequence[0]!.pattern === 'dictionary' && result.sequence[0]!.dictionaryName === 'passwords-common';
  return result.score < MIN_SCORE || onCommonList;
}
