import { isMap, isPair, isScalar, parseDocument, visit } from 'yaml';
import { ScreenSettingsSchema, type ScreenSettings } from './accept';
import type { Hit, Screener } from './screener';
import ts from 'typescript';

/**
 * The parts of a file a reader sees, each with a map back to file offsets: Markdown whole (its front
 * matter as YAML), YAML and JSON string values (not keys), and in TypeScript the string literals and JSX
 * text only, so identifiers in code are never flagged. Used by the CLI; the server screens plain texts.
 */
export interface Segment {
  text: string;
  /** File offset of each UTF-16 unit of `text`, plus one entry for its end. */
  map: Int32Array;
  /**
   * Hits in this segment whose word is already reported from a segment of the same `group` are dropped:
   * a folded YAML value is screened both as written (exact offsets) and as parsed (words split by a line
   * break in the source), and only what the parsed form adds is kept.
   */
  group?: number;
  exact?: boolean;
}

export const SCREENED_EXTENSIONS = ['.md', '.markdown', '.yaml', '.yml', '.json', '.ts', '.tsx'];

function verbatim(text: string, offset: number): Segment {
  return { text, map: Int32Array.from({ length: text.length + 1 }, (_, i) => offset + i) };
}

/** A segment whose every position points at `offset` (a parsed value whose layout differs from the source). */
function anchored(text: string, offset: number, group: number): Segment {
  return { text, map: new Int32Array(text.length + 1).fill(offset), group };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Decodes JS/JSON escapes in the raw contents of a literal, keeping where each character came from. */
export function decodeEscapes(raw: string, offset: number): Segment {
  if (!raw.includes('\\')) return verbatim(raw, offset);
  let text = '';
  const map: number[] = [];
  const emit = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) map.push(offset + at);
    text += s;
  };
  let i = 0;
  while (i < raw.length) {
    if (raw[i] !== '\\') {
      emit(raw[i], i);
      i++;
      continue;
    }
    const e = raw[i + 1] ?? '';
    let m: RegExpExecArray | null;
    if (e in SIMPLE_ESCAPES) {
      emit(SIMPLE_ESCAPES[e], i);
      i += 2;
    } else if ((m = /^x([0-9a-fA-F]{2})/.exec(raw.slice(i + 1)))) {
      emit(String.fromCharCode(parseInt(m[1], 16)), i);
      i += 1 + m[0].length;
    } else if ((m = /^u\{([0-9a-fA-F]{1,6})\}|^u([0-9a-fA-F]{4})/.exec(raw.slice(i + 1)))) {
      const cp = parseInt(m[1] ?? m[2], 16);
      emit(cp <= 0x10ffff ? String.fromCodePoint(cp) : '', i);
      i += 1 + m[0].length;
    } else if (e === '\r' || e === '\n' || e === '\u2028' || e === '\u2029') {
      i += raw.startsWith('\r\n', i + 1) ? 3 : 2;
    } else {
      emit(e, i);
      i += 2;
    }
  }
  map.push(offset + raw.length);
  return { text, map: Int32Array.from(map) };
}

let groups = 0;

function yamlSegments(source: string, offset: number): Segment[] {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) return [verbatim(source, offset)];
  const out: Segment[] = [];
  visit(doc, {
    // The file's own screening settings (accepted words) are not text a reader sees.
    Pair(_, pair, path) {
      if (path.length === 2 && isScalar(pair.key) && pair.key.value === 'screen') return visit.SKIP;
    },
    Scalar(_, node, path) {
      const parent = path[path.length - 1];
      // Keys are the schema, not text a reader sees.
      if (isPair(parent) && parent.key === node) return;
      if (typeof node.value !== 'string' || !node.range) return;
      const [start, end] = node.range;
      const group = ++groups;
      const raw = source.slice(start, end);
      const exact = node.type === 'QUOTE_DOUBLE' && !raw.includes('\n') ? decodeEscapes(raw.slice(1, -1), offset + start + 1) : verbatim(raw, offset + start);
      out.push({ ...exact, group, exact: true });
      if (node.type !== 'BLOCK_LITERAL') out.push(anchored(node.value, offset + start, group));
    },
  });
  return out;
}

function jsonSegments(source: string): Segment[] {
  const out: Segment[] = [];
  const string = /"((?:[^"\\\n]|\\.)*)"(\s*:)?/g;
  let m: RegExpExecArray | null;
  while ((m = string.exec(source))) {
    if (m[2] === undefined) out.push(decodeEscapes(m[1], m.index + 1));
  }
  return out;
}

function tsSegments(file: string, source: string): Segment[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const out: Segment[] = [];
  const literal = (node: ts.Node, open: number, close: number) => {
    const start = node.getStart(sf) + open;
    const end = node.getEnd() - close;
    if (end > start) out.push(decodeEscapes(source.slice(start, end), start));
  };
  const walk = (node: ts.Node): void => {
    const parent = node.parent;
    const isCode =
      parent &&
      (ts.isImportDeclaration(parent) ||
        ts.isExportDeclaration(parent) ||
        ts.isExternalModuleReference(parent) ||
        ts.isLiteralTypeNode(parent) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) ||
        (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'require'));
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isCode) literal(node, 1, 1);
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) {
      literal(node, 1, 2);
    } else if (ts.isTemplateTail(node)) {
      literal(node, 1, 1);
    } else if (ts.isJsxText(node)) {
      out.push(verbatim(node.getText(sf), node.getStart(sf)));
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  return out;
}

function markdownSegments(source: string): Segment[] {
  const front = /^---\r?\n([^]*?)\r?\n---\r?\n/.exec(source);
  if (!front) return [verbatim(source, 0)];
  const bodyStart = front[0].length;
  return [...yamlSegments(front[1], front[0].indexOf(front[1])), verbatim(source.slice(bodyStart), bodyStart)];
}

/**
 * The `screen:` settings of a Markdown file's front matter, a YAML file's top level, or in TypeScript a line
 * comment `// screen: { accept: [Police] }`; a malformed one is an error.
 */
export function screenSettings(file: string, source: string): { settings?: ScreenSettings; error?: string } {
  const lower = file.toLowerCase();
  let yaml: string | undefined;
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) yaml = source;
  else if (lower.endsWith('.md') || lower.endsWith('.markdown')) yaml = /^---\r?\n([^]*?)\r?\n---\r?\n/.exec(source)?.[1];
  else if (lower.endsWith('.ts') || lower.endsWith('.tsx')) yaml = /^\s*\/\/\s*(screen:\s*\{.*\})\s*$/m.exec(source)?.[1];
  if (yaml === undefined) return {};
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0 || !isMap(doc.contents) || !doc.contents.has('screen')) return {};
  const parsed = ScreenSettingsSchema.safeParse(doc.toJSON().screen);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `screen.${issue.path.join('.')}: ${issue.message}` };
  }
  return { settings: parsed.data };
}

export function extractSegments(file: string, source: string): Segment[] {
  const lower = file.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return yamlSegments(source, 0);
  if (lower.endsWith('.json')) return jsonSegments(source);
  if (lower.endsWith('.ts') || lower.endsWith('.tsx')) return tsSegments(file, source);
  return markdownSegments(source);
}

export interface FileHit extends Hit {
  /** Offsets into the file (the Hit's own start/end are into the segment screened). */
  fileStart: number;
  fileEnd: number;
}

/** Screens what a reader sees of one file and maps every hit back to file offsets. */
export function screenSource(screener: Screener, file: string, source: string): FileHit[] {
  const out: FileHit[] = [];
  const exactWords = new Map<number, Set<string>>();
  for (const seg of extractSegments(file, source)) {
    for (const hit of screener.screen(seg.text)) {
      if (seg.group !== undefined) {
        const seen = exactWords.get(seg.group) ?? new Set<string>();
        exactWords.set(seg.group, seen);
        if (seg.exact) seen.add(hit.word);
        else if (seen.has(hit.word)) continue;
      }
      out.push({ ...hit, fileStart: seg.map[hit.start], fileEnd: seg.map[hit.end] });
    }
  }
  return out.sort((a, b) => a.fileStart - b.fileStart || b.fileEnd - a.fileEnd);
}
