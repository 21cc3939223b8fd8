/**
 * Builds akhbar's built-in Arabic lexicon, `src/generated/lexicon-data.ts`, from the Ayaspell word
 * list as packaged by `@cspell/dict-ar` (LGPL-3.0; a devDependency, never copied into the
 * repository). The generated module is not checked in: `npm ci` runs this script through the
 * `prepare` script, and `npm test` and `npm run build` run it again, which costs nothing when the
 * module is current.
 *
 *   npm run lexicon            write the module when the source or this script changed
 *   npm run lexicon -- --force rebuild anyway
 *
 * What it does:
 * 1. reads cspell's trie (about 60 million forms with their clitics) with `cspell-trie-lib`;
 * 2. keeps only words spelled with Arabic letters: diacritics and tatweel become transparent
 *    (a word listed as أيضاً is found as أيضا), and branches with other characters are dropped,
 *    as is the accent-stripped copy of the list that cspell keeps under `~`;
 * 3. minimises the result into a DAWG (shared suffixes stored once);
 * 4. lays the DAWG out as one 32-bit word per edge and writes it as base64, so the core loads it
 *    in any JavaScript engine without file access (see src/lexicon/dawg.ts for the format).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { importTrie } from 'cspell-trie-lib';
import { DAWG_ALPHABET, EDGE } from '../src/lexicon/dawg-format.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/generated/lexicon-data.ts');
const force = process.argv.includes('--force');

const require = createRequire(import.meta.url);
const dictDir = dirname(require.resolve('@cspell/dict-ar/cspell-ext.json'));
const dictPkg = JSON.parse(readFileSync(join(dictDir, 'package.json'), 'utf8')) as { version: string; license: string };
const source = readFileSync(join(dictDir, 'ar.trie.gz'));

// The stamp names everything the output depends on: rebuild only when one of them changes.
const stamp = createHash('sha256')
  .update(source)
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(join(root, 'src/lexicon/dawg-format.ts')))
  .digest('hex')
  .slice(0, 16);
if (!force && existsSync(OUT) && readFileSync(OUT, 'utf8').includes(`LEXICON_STAMP: string = '${stamp}'`)) {
  process.exit(0);
}

const t0 = performance.now();
const trie = importTrie(gunzipSync(source).toString('utf8').split('\n'));

interface SrcNode { f?: number | boolean; c?: Record<string, SrcNode> | Map<string, SrcNode> }
function entries(n: SrcNode): [string, SrcNode][] {
  if (!n.c) return [];
  return n.c instanceof Map ? [...n.c.entries()] : Object.entries(n.c);
}

const LETTER = new Map([...DAWG_ALPHABET].map((ch, i) => [ch, i + 1]));
// Diacritics (U+064B–U+0652) and tatweel: transparent.
const isTransparent = (ch: string) => (ch >= '\u064B' && ch <= '\u0652') || ch === '\u0640';

// Intermediate automaton: nodes as [final, sorted edge list] in `nodes`, identified by index.
// `intern` hash-conses them, so equal sub-automata get one index: the result is minimal.
interface Node { final: boolean; edges: [number, number][] }
const nodes: Node[] = [];
const bySignature = new Map<string, number>();
const EMPTY = -1;
function intern(final: boolean, edges: [number, number][]): number {
  if (!final && edges.length === 0) return EMPTY;
  edges.sort((a, b) => a[0] - b[0]);
  const sig = (final ? '1' : '0') + edges.map(([c, t]) => `,${c}:${t}`).join('');
  let id = bySignature.get(sig);
  if (id === undefined) {
    id = nodes.length;
    nodes.push({ final, edges });
    bySignature.set(sig, id);
  }
  return id;
}

// Union of two interned automata (needed where a diacritic edge is made transparent).
const unionMemo = new Map<string, number>();
function union(a: number, b: number): number {
  if (a === EMPTY || a === b) return b;
  if (b === EMPTY) return a;
  const key = a < b ? `${a},${b}` : `${b},${a}`;
  const hit = unionMemo.get(key);
  if (hit !== undefined) return hit;
  const na = nodes[a]!, nb = nodes[b]!;
  const out = new Map<number, number>(na.edges);
  for (const [c, t] of nb.edges) out.set(c, out.has(c) ? union(out.get(c)!, t) : t);
  const id = intern(na.final || nb.final, [...out.entries()]);
  unionMemo.set(key, id);
  return id;
}

const converted = new Map<SrcNode, number>();
function convert(n: SrcNode): number {
  const hit = converted.get(n);
  if (hit !== undefined) return hit;
  let edges = new Map<number, number>();
  let result = EMPTY;
  const transparent: number[] = [];
  for (const [ch, child] of entries(n)) {
    const code = LETTER.get(ch);
    if (code !== undefined) {
      const t = convert(child);
      if (t !== EMPTY) edges.set(code, edges.has(code) ? union(edges.get(code)!, t) : t);
    } else if (isTransparent(ch)) {
      transparent.push(convert(child));
    }
  }
  result = intern(Boolean(n.f), [...edges.entries()]);
  for (const t of transparent) result = union(result, t);
  edges = new Map();
  converted.set(n, result);
  return result;
}

const rootEdges: [number, number][] = [];
// importTrie returns the root node itself (older versions wrapped it in `{ root }`).
const trieRoot = ((trie as { root?: unknown }).root ?? trie) as SrcNode;
for (const [ch, child] of entries(trieRoot)) {
  const code = LETTER.get(ch);
  if (code === undefined) continue; // '~' (accent-stripped copy), digits, compound markers
  const t = convert(child);
  if (t !== EMPTY) rootEdges.push([code, t]);
}
const rootId = intern(false, rootEdges);

// Lay out: word 0 is a sentinel (target 0 means "no outgoing edges"); the root's header follows.
// Every state with edges is a two-word letter bitmap and then its edges, in breadth-first order
// from the root for locality.
const firstEdge = new Int32Array(nodes.length).fill(-1);
const order: number[] = [rootId];
let edgeCount = 1;
firstEdge[rootId] = edgeCount;
edgeCount += 2 + nodes[rootId]!.edges.length;
for (let q = 0; q < order.length; q++) {
  for (const [, t] of nodes[order[q]!]!.edges) {
    if (firstEdge[t] !== -1 || nodes[t]!.edges.length === 0) continue;
    firstEdge[t] = edgeCount;
    edgeCount += 2 + nodes[t]!.edges.length;
    order.push(t);
  }
}
if (edgeCount > EDGE.TARGET_MAX) throw new Error(`lexicon: ${edgeCount} edges exceed the format's ${EDGE.TARGET_MAX}`);
const words = new Uint32Array(edgeCount);
for (const id of order) {
  const { edges } = nodes[id]!;
  const header = firstEdge[id]!;
  let lo = 0, hi = 0;
  for (const [c] of edges) {
    if (c < 32) lo |= 1 << c;
    else hi |= 1 << (c - 32);
  }
  words[header] = lo >>> 0;
  words[header + 1] = hi >>> 0;
  edges.forEach(([c, t], k) => {
    const target = nodes[t]!;
    words[header + 2 + k] =
      (c & EDGE.CHAR_MASK) |
      (k === edges.length - 1 ? EDGE.LAST : 0) |
      (target.final ? EDGE.FINAL : 0) |
      ((target.edges.length ? firstEdge[t]! : 0) << EDGE.TARGET_SHIFT) >>> 0;
  });
}

// Count the forms (paths to final edges), for the record.
const count = new Float64Array(nodes.length).fill(-1);
function forms(id: number): number {
  if (count[id]! >= 0) return count[id]!;
  let n = nodes[id]!.final ? 1 : 0;
  for (const [, t] of nodes[id]!.edges) n += forms(t);
  count[id] = n;
  return n;
}
const formCount = forms(rootId);

const bytes = new Uint8Array(words.length * 4);
for (let i = 0; i < words.length; i++) {
  const w = words[i]!;
  bytes[4 * i] = w & 0xff;
  bytes[4 * i + 1] = (w >>> 8) & 0xff;
  bytes[4 * i + 2] = (w >>> 16) & 0xff;
  bytes[4 * i + 3] = w >>> 24;
}
const base64 = Buffer.from(bytes).toString('base64');

const text = `// This module is generated by scripts/build-lexicon.ts from @cspell/dict-ar ${dictPkg.version}: do not edit.
// It is not checked in; \`npm run lexicon\` writes it.
//
// Word list: Ayaspell Arabic dictionary, as packaged by @cspell/dict-ar (${dictPkg.license}).
// This generated data is distributed under the same license: see LICENSE.

/** Identifies the source and the builder that produced this module. */
export const LEXICON_STAMP: string = '${stamp}';

/** Where the word list comes from. */
export const LEXICON_SOURCE = {
  name: 'Ayaspell (via @cspell/dict-ar ${dictPkg.version})',
  license: '${dictPkg.license}',
  forms: ${formCount},
  edges: ${edgeCount},
} as const;

/** The DAWG's words (state headers and edges), four little-endian bytes each, in base64. */
export const LEXICON_EDGES: string = '${base64}';
`;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
console.log(
  `lexicon: ${formCount.toLocaleString('en')} forms, ${nodes.length.toLocaleString('en')} states, ` +
    `${edgeCount.toLocaleString('en')} edges, ${(bytes.length / 1e6).toFixed(1)} MB ` +
    `(${(base64.length / 1e6).toFixed(1)} MB base64) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
