/**
 * The one table of what may stand between two characters of a listed word, and what it does to a match.
 *
 * | class    | characters                         | a word across it                                        |
 * | -------- | ---------------------------------- | ------------------------------------------------------- |
 * | sentence | SENTENCE_END, and ASCII . ! ? (1)  | is never matched: 安。全套 is two sentences              |
 * | clause   | CLAUSE                             | is matched (安，全，套 is an evasion), but a Chinese hit |
 * |          |                                    | whose sides belong to two real words (阳性，交流) is a   |
 * |          |                                    | warning "may be read as 性交", not a block              |
 * | noise    | every other non-letter: spaces,    | is matched, up to 3 in a row (MAX_NOISE): 安 * 全套      |
 * |          | symbols, emoji, zero-width, tags   |                                                         |
 *
 * (1) ASCII . ! ? end a sentence unless a letter or digit follows at once: s.e.x and 3.5 are not ends.
 */

/** Always sentence ends, whatever follows. */
export const SENTENCE_END = '\n\r\v\f\u0085\u2028\u2029。｡．！？…‥‼⁇⁈⁉﹒﹗﹖';

/** Sentence ends unless a letter or digit follows at once. */
export const ASCII_SENTENCE_END = '.!?';

/**
 * Punctuation that ends a clause or sets a phrase apart, in Chinese and Latin typography: commas,
 * the enumeration comma, semicolons, colons, brackets and quotation marks.
 */
export const CLAUSE = '，,、﹐﹑︐︑；;﹔︔：:﹕︓（）()［］[]｛｝{}「」『』《》〈〉【】〔〕〖〗“”‘’"﹁﹂﹃﹄';

export type Separator = 'sentence' | 'clause' | 'noise';

/** What a non-letter character is to the matcher (letters and digits are not separators: undefined). */
export function separatorOf(ch: string): Separator | undefined {
  if (SENTENCE_END.includes(ch) || ASCII_SENTENCE_END.includes(ch)) return 'sentence';
  if (CLAUSE.includes(ch)) return 'clause';
  if (/^[\p{L}\p{N}\p{M}]$/u.test(ch)) return undefined;
  return 'noise';
}

const clauseCodes = new Set([...CLAUSE].map((c) => c.charCodeAt(0)));

export function isClause(code: number): boolean {
  return clauseCodes.has(code);
}
