import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as errors from './errors';

const SRC = __dirname;
const files = (fs.readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && f !== 'errors.ts')
  .map((f) => ({ file: f.split(path.sep).join('/'), text: fs.readFileSync(path.join(SRC, f), 'utf8') }));

/** An exported name whose body is one of errors.ts's own: a factory that belongs in errors.ts. */
const made = new RegExp(`export\\s+(?:const|function)\\s+\\w+[^\\n]*?(?:=>|return)\\s*(?:new\\s+)?(?:${Object.keys(errors).join('|')})\\(`);

/** The files that break "errors in one module": each error a client can see is made in errors.ts. */
export function strayErrors(sources: { file: string; text: string }[]): string[] {
  return sources.filter(({ text }) => /new AppError\(|extends AppError\b/.test(text) || made.test(text)).map(({ file }) => file);
}

describe('errors.ts: every error a client can see is made in one module', () => {
  it('no other file builds an AppError or defines an error factory', () => {
    expect(strayErrors(files)).toEqual([]);
  });

  it('the check finds a stray AppError and a factory defined elsewhere', () => {
    expect(
      strayErrors([
        { file: 'a.ts', text: "throw new AppError(409, 'blocked', 'no');" },
        { file: 'b.ts', text: "export const GoneError = () =>\n  NotFoundError('gone');" },
        { file: 'c.ts', text: 'export function LateError() { return new AppError(409, "conflict"); }' },
        { file: 'd.ts', text: "if (!row) throw NotFoundError('There is no such row');" },
      ]),
    ).toEqual(['a.ts', 'b.ts', 'c.ts']);
  });
});
