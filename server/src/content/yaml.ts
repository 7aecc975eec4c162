import fs from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';

/**
 * A YAML file the team wrote wrongly (content, the word list, the auto-replies, the flyer texts), told
 * as `file:line: reason` so it can be fixed in an editor without a debugger.
 */
export class YamlError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'YamlError';
  }
}

export interface YamlText {
  doc: Document;
  /** The line of a node, for a check made after parsing. */
  lineOf(node: YamlNode | null | undefined): number | undefined;
  /** The line of the deepest node that exists along `at`, else the document's first line. */
  lineAt(at: ReadonlyArray<PropertyKey>): number;
}

interface TextOptions {
  /** Lines before this text in its file (the `---` of an article's front matter). */
  lineOffset?: number;
  /** Refuse a key written twice in one mapping. */
  uniqueKeys?: boolean;
  /** The error for a text that is not YAML; a YamlError saying `YAML: …` unless told otherwise. */
  syntaxError?: (line: number | undefined, message: string) => Error;
}

/** Parses YAML text keeping line numbers; a syntax error throws with its line. */
export function parseYamlText(text: string, file: string, { lineOffset = 0, uniqueKeys = false, syntaxError }: TextOptions = {}): YamlText {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = counter.linePos(err.pos[0]).line + lineOffset;
    const message = err.message.split('\n')[0];
    throw syntaxError ? syntaxError(line, message) : new YamlError(file, line, `YAML: ${message}`);
  }
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line + lineOffset : undefined);
  const lineAt = (at: ReadonlyArray<PropertyKey>) => {
    const keys = at.filter((p): p is string | number => typeof p !== 'symbol');
    for (let n = keys.length; n >= 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return 1 + lineOffset;
  };
  return { doc, lineOf, lineAt };
}

/** Parses YAML text and checks it with `schema`; the first problem throws `file:line: field: message`. */
export function parseYaml<S extends z.ZodTypeAny>(text: string, schema: S, file: string, options: TextOptions = {}): z.infer<S> {
  const { doc, lineAt } = parseYamlText(text, file, options);
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    throw new YamlError(file, lineAt(issue.path), `${where}${issue.message}`);
  }
  return parsed.data;
}

/** Reads a file's text; a missing or unreadable file is a YamlError too. */
export function readYamlText(file: string, error = (reason: string) => new YamlError(file, undefined, reason)): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw error(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** What changes when the team edits a file: reading it again is needed only then. */
export function fileVersion(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return 'missing';
  }
}

const cache = new Map<string, { version: string; schema: z.ZodTypeAny; value: unknown }>();

/**
 * A YAML file the server reads while it runs (auto-replies, flyer texts), checked by `schema`. The one
 * caching rule for the team's files: kept until the file changes on disk, so an edit shows without a
 * restart and an unchanged file is not parsed again.
 */
export function loadYaml<S extends z.ZodTypeAny>(file: string, schema: S): z.infer<S> {
  const version = fileVersion(file);
  const hit = cache.get(file);
  if (hit && hit.version === version && hit.schema === schema) return hit.value as z.infer<S>;
  const value = parseYaml(readYamlText(file), schema, file);
  cache.set(file, { version, schema, value });
  return value;
}
