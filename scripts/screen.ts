/**
 * npm run screen -- [--words FILE] [--json] PATH...
 * Screens Markdown, YAML, JSON and TypeScript files (directories recursively) for words that can get a
 * text blocked on WeChat. One line per hit: `path:line:col  matched → suggestion  (category, level)`.
 * Exit 1 on any block hit, 0 on warn only, 2 on a bad word list, an unreadable path or bad arguments.
 * In a directory, the word lists, README.md files, tests and .d.ts files are not screened: no reader sees them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildScreener, defaultWordsFile, loadWordList, WordListError, type Screener } from '../server/src/screen';
import { SCREENED_EXTENSIONS, screenSource, type FileHit } from '../server/src/screen/extract';

const USAGE = 'usage: npm run screen -- [--words FILE] [--json] PATH...';
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'dist-h5', 'coverage']);
/** Files in a walked directory that never reach a reader: the team's notes, tests, type declarations. */
const NOT_SHIPPED = /^readme\.md$|\.(test|spec)\.tsx?$|\.d\.ts$/i;

class UsageError extends Error {}

interface Args {
  words: string;
  json: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { words: defaultWordsFile(), json: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--words') {
      const file = argv[++i];
      if (!file) throw new UsageError('--words needs a file');
      args.words = path.resolve(file);
    } else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else args.paths.push(a);
  }
  if (args.paths.length === 0) throw new UsageError('give at least one file or directory');
  return args;
}

/** Files to screen under each path; word lists, READMEs and tests are left out of directory walks. */
function collect(paths: string[], lists: Set<string>): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (SCREENED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) && !NOT_SHIPPED.test(entry.name) && !lists.has(path.resolve(full))) {
        files.push(full);
      }
    }
  };
  for (const p of paths) {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return files;
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo] + 1 };
}

interface Reported extends FileHit {
  path: string;
  line: number;
  col: number;
}

function screenFiles(screener: Screener, files: string[]): Reported[] {
  const out: Reported[] = [];
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const starts = lineStarts(source);
    const shown = path.relative(process.cwd(), file) || file;
    for (const hit of screenSource(screener, file, source)) out.push({ ...hit, path: shown, ...position(starts, hit.fileStart) });
  }
  return out;
}

function print(hits: Reported[], files: number, json: boolean): void {
  const block = hits.filter((h) => h.level === 'block').length;
  const warn = hits.length - block;
  if (json) {
    const rows = hits.map((h) => ({
      path: h.path,
      line: h.line,
      col: h.col,
      start: h.fileStart,
      end: h.fileEnd,
      text: h.text,
      word: h.word,
      category: h.category,
      level: h.level,
      suggest: h.suggest,
    }));
    process.stdout.write(`${JSON.stringify({ files, block, warn, hits: rows }, null, 2)}\n`);
    return;
  }
  for (const h of hits) {
    const instead = h.suggest.length > 0 ? h.suggest.join(' / ') : '(rewrite)';
    process.stdout.write(`${h.path}:${h.line}:${h.col}  ${h.text} → ${instead}  (${h.category}, ${h.level})\n`);
  }
  process.stderr.write(`screen: ${files} files, ${block} block, ${warn} warn\n`);
}

function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message ? `screen: ${e.message}\n` : ''}${USAGE}\n`);
    return 2;
  }
  let screener: Screener;
  try {
    screener = buildScreener(loadWordList(args.words));
  } catch (e) {
    if (!(e instanceof WordListError)) throw e;
    process.stderr.write(`screen: bad word list: ${e.message}\n`);
    return 2;
  }
  let files: string[];
  let hits: Reported[];
  try {
    files = collect(args.paths, new Set([args.words, path.resolve(defaultWordsFile())]));
    hits = screenFiles(screener, files);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (!err.code || !err.path) throw e;
    process.stderr.write(`screen: cannot read ${err.path} (${err.code})\n`);
    return 2;
  }
  print(hits, files.length, args.json);
  return hits.some((h) => h.level === 'block') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
