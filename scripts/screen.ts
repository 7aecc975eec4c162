/**
 * npm run screen -- [--words FILE] [--json] [--strict] PATH...
 * Screens Markdown, YAML, JSON and TypeScript files (directories recursively) for words that can get a
 * text blocked on WeChat. One line per hit that still needs a person: `path:line:col  matched → suggestion
 * (category, level)`; warnings a file accepts (`screen: { accept: [...] }` in its front matter or at the top
 * of a YAML file) are only counted. Then one line per file with hits: `path: N block, N warn, N accepted`.
 * Exit 1 on any block hit (and with --strict on any warning not accepted), 0 otherwise, 2 on a bad word
 * list, a malformed `screen:` setting, an unreadable path or bad arguments.
 * In a directory, the word lists, README.md files, tests and .d.ts files are not screened: no reader sees them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildScreener, wordsFile, loadWordList, WordListError, type Screener } from '../server/src/screen';
import { acceptancesOf, markAccepted, unusedAcceptances, type AcceptedHit } from '../server/src/screen/accept';
import { SCREENED_EXTENSIONS, screenSettings, screenSource, type FileHit } from '../server/src/screen/extract';

const USAGE = 'usage: npm run screen -- [--words FILE] [--json] [--strict] PATH...';
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'dist-h5', 'coverage']);
/**
 * Files in a walked directory that never reach a reader: the team's notes, tests, type declarations, and
 * the inbox's crisis words (content/crisis-words.yaml, matched in incoming messages, never sent).
 */
const NOT_SHIPPED = /^readme\.md$|\.(test|spec)\.tsx?$|\.d\.ts$|^crisis-words\.yaml$/i;

class UsageError extends Error {}

/** A file's `screen:` setting that cannot be read: exit 2, like a bad word list. */
class SettingsError extends Error {}

interface Args {
  words: string;
  json: boolean;
  strict: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { words: wordsFile(), json: false, strict: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--strict') args.strict = true;
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

type Reported = FileHit &
  AcceptedHit & {
    path: string;
    line: number;
    col: number;
  };

interface FileReport {
  path: string;
  hits: Reported[];
  /** Accepted words that no longer occur in the file. */
  unused: string[];
}

function screenFiles(screener: Screener, files: string[]): FileReport[] {
  return files.map((file) => {
    const source = fs.readFileSync(file, 'utf8');
    const starts = lineStarts(source);
    const shown = path.relative(process.cwd(), file) || file;
    const { settings, error } = screenSettings(file, source);
    if (error) throw new SettingsError(`${shown}: ${error}`);
    const acceptances = acceptancesOf(settings);
    const hits = markAccepted(screenSource(screener, file, source), acceptances) as (FileHit & AcceptedHit)[];
    return {
      path: shown,
      hits: hits.map((hit) => ({ ...hit, path: shown, ...position(starts, hit.fileStart) })),
      unused: unusedAcceptances(hits, acceptances),
    };
  });
}

const counts = (hits: AcceptedHit[]) => ({
  block: hits.filter((h) => h.level === 'block').length,
  warn: hits.filter((h) => h.level === 'warn' && !h.accepted).length,
  accepted: hits.filter((h) => h.accepted).length,
});

/** Why a block-level word is only a warning here, for the person reading the line. */
function why(h: Reported): string {
  if (!h.ambiguous) return '';
  const across = h.ambiguous.punctuation ? `, across ${h.ambiguous.punctuation}` : '';
  return `; may be read as ${h.word} — ${h.ambiguous.words.join(' | ')}${across}`;
}

function print(reports: FileReport[], json: boolean): void {
  const hits = reports.flatMap((r) => r.hits);
  const { block, warn, accepted } = counts(hits);
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
      ...(h.ambiguous ? { ambiguous: h.ambiguous } : {}),
      ...(h.accepted ? { accepted: h.accepted } : {}),
    }));
    const perFile = reports.filter((r) => r.hits.length > 0).map((r) => ({ path: r.path, ...counts(r.hits), unusedAccepts: r.unused }));
    process.stdout.write(`${JSON.stringify({ files: reports.length, block, warn, accepted, perFile, hits: rows }, null, 2)}\n`);
    return;
  }
  for (const h of hits) {
    if (h.accepted) continue;
    const instead = h.suggest.length > 0 ? h.suggest.join(' / ') : '(rewrite)';
    process.stdout.write(`${h.path}:${h.line}:${h.col}  ${h.text} → ${instead}  (${h.category}, ${h.level}${why(h)})\n`);
  }
  for (const r of reports) {
    if (r.hits.length === 0 && r.unused.length === 0) continue;
    const c = counts(r.hits);
    const unused = r.unused.length > 0 ? `; accepted but not found: ${r.unused.join(', ')}` : '';
    process.stdout.write(`${r.path}: ${c.block} block, ${c.warn} warn, ${c.accepted} accepted${unused}\n`);
  }
  process.stderr.write(`screen: ${reports.length} files, ${block} block, ${warn} warn, ${accepted} accepted\n`);
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
  let reports: FileReport[];
  try {
    const files = collect(args.paths, new Set([args.words, path.resolve(wordsFile())]));
    reports = screenFiles(screener, files);
  } catch (e) {
    if (e instanceof SettingsError) {
      process.stderr.write(`screen: bad screen setting: ${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (!err.code || !err.path) throw e;
    process.stderr.write(`screen: cannot read ${err.path} (${err.code})\n`);
    return 2;
  }
  print(reports, args.json);
  const { block, warn } = counts(reports.flatMap((r) => r.hits));
  return block > 0 || (args.strict && warn > 0) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
