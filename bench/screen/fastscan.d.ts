declare module 'fastscan' {
  /** fastscan 1.0.6 ships no types: the two calls the bench uses. */
  export default class FastScanner {
    constructor(words: string[]);
    search(content: string, options?: { quick?: boolean; longest?: boolean }): [number, string][];
  }
}
