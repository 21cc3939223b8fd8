/**
 * Locates the shared evaluation data (the news corpus, the repair gold, the dev sets), which is not
 * part of akhbar and is never copied into it. Set AKHBAR_SHARED to its folder; the default is
 * ../shared beside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The project's own fixtures (sentences and gold written for akhbar). */
export const FIXTURES_DIR = join(repoRoot, 'test', 'fixtures');

/** The shared data folder, whether or not it exists. */
export const SHARED_DIR = process.env.AKHBAR_SHARED ? resolve(process.env.AKHBAR_SHARED) : resolve(repoRoot, '..', 'shared');

/** The corpus folder. */
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');

/** Why the corpus cannot be used, or undefined when it can. */
export function corpusMissing(): string | undefined {
  if (!existsSync(CORPUS_DIR)) return `corpus not found at ${CORPUS_DIR} (set AKHBAR_SHARED to the folder holding corpus/)`;
  if (corpusFiles().length === 0) return `corpus folder ${CORPUS_DIR} holds no .txt file`;
  return undefined;
}

/** Names of the corpus's .txt files, sorted. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

/** The corpus articles as { name, text }. */
export function readCorpus(): { name: string; text: string }[] {
  return corpusFiles().map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

/** ANERcorp (one `TOKEN TAG` per line, blank line between sentences) as text: tokens joined by spaces, a sentence a line. */
export function anercorpText(path: string): string {
  const sentences: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const l = line.replace(/\r$/, '');
    if (l.trim() === '') { if (cur.length) sentences.push(cur.join(' ')); cur = []; continue; }
    const sp = l.lastIndexOf(' ');
    cur.push(sp > 0 ? l.slice(0, sp) : l);
  }
  if (cur.length) sentences.push(cur.join(' '));
  return sentences.join('\n');
}

/** WikiNews dev: the raw_text_undiacritized column, a paragraph a line. */
export function wikinewsText(path: string): string {
  const lines = readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.length > 0);
  const header = lines.shift()!.split('\t');
  const c = header.indexOf('raw_text_undiacritized');
  if (c < 0) throw new Error(`${path}: no column raw_text_undiacritized`);
  return lines.map((l) => l.split('\t')[c] ?? '').join('\n\n');
}
