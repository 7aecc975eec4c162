import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = __dirname;
const commands = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const source = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');

describe('commands/: one home and one shape for every mutation', () => {
  it('are named as two or more camelCase words, resource then verb (reportCreate, mediatorDisable)', () => {
    expect(commands.filter((f) => !/^[a-z]+(?:[A-Z][a-z]+)+\.ts$/.test(f))).toEqual([]);
  });

  it('never reach into middleware/ or routes/: the route calls the command, not the other way round', () => {
    expect(commands.filter((f) => /from '\.\.\/(middleware|routes)\//.test(source(f)))).toEqual([]);
  });

  it('each export one default function taking a Props object', () => {
    const off = commands.filter((f) => !/export default (async )?function \w+\(\{[^}]*\}: Props\)/.test(source(f)));
    expect(off).toEqual([]);
  });
});
