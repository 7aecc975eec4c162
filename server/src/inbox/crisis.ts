import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';

/** content/crisis-words.yaml: words that flag a conversation and raise it to the top of the inbox. */
const CrisisSchema = z.object({ 'zh-Hans': z.array(z.string().min(1)), fr: z.array(z.string().min(1)) });

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const cache = new Map<string, string[]>();

export function crisisWords(contentDir: string): string[] {
  const file = path.join(contentDir, 'crisis-words.yaml');
  let words = cache.get(file);
  if (!words) {
    const parsed = CrisisSchema.safeParse(fs.existsSync(file) ? YAML.parse(fs.readFileSync(file, 'utf8')) : { 'zh-Hans': [], fr: [] });
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`);
    cache.set(file, (words = [...parsed.data['zh-Hans'], ...parsed.data.fr].map(fold)));
  }
  return words;
}

export function hasCrisisWord(words: string[], text: string): boolean {
  const folded = fold(text);
  return words.some((w) => folded.includes(w));
}
