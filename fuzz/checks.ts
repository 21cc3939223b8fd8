/**
 * The fuzz checks of akhbar: one function per target, `check(lib, bytes)`, which decodes the bytes,
 * calls the library and throws a {@link FuzzInvariantError} when an invariant does not hold (or
 * lets the library's own exception through, which is a finding too).
 *
 * The library is a parameter so that one implementation serves both sides:
 * - the Jazzer.js targets in fuzz/targets/*.cjs pass the built CommonJS package (dist/index.cjs),
 *   which Jazzer instruments for coverage;
 * - test/fuzz-regressions.test.ts passes the TypeScript sources (src/index.ts) and replays every
 *   file of fuzz/corpus/<target>/ and fuzz/regressions/<target>/.
 *
 * This module must not import anything from the library at run time (only its types): whatever it
 * checks comes in through `lib`.
 *
 * Input format (all targets): the first byte is a control byte. Its bit 0 chooses the decoding of
 * the other bytes: 0 = UTF-8 (invalid sequences become U+FFFD), 1 = UTF-16LE (any code unit,
 * lone surrogates included: all of UTF-16 is reachable). Its bits 1–7 are seven option switches
 * whose meaning each target documents (`flags` below). {@link encodeInput} makes such inputs.
 */
import type * as Akhbar from '../src/index.js';

/** The library under test: the sources or the built package (same shape). */
export type Lib = typeof Akhbar;
/** A fuzz check: throws on a violated invariant. */
export type Check = (lib: Lib, data: Uint8Array) => void;

/** What a check throws when the library breaks one of its promises. */
export class FuzzInvariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FuzzInvariantError';
  }
}

function fail(message: string): never {
  throw new FuzzInvariantError(message);
}

function ok(condition: unknown, message: () => string): asserts condition {
  if (!condition) fail(message());
}

/** A short, printable view of a string for messages (escapes controls and lone surrogates). */
export function show(s: string, max = 80): string {
  const cut = s.length > max ? s.slice(0, max) + '…' : s;
  return JSON.stringify(cut).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---------------------------------------------------------------------------
// Input decoding

/** A decoded fuzz input. */
export interface FuzzInput {
  /** The text. */
  readonly text: string;
  /** The seven option switches of the control byte (0–127). */
  readonly flags: number;
  /** Whether the text was decoded as UTF-16LE. */
  readonly utf16: boolean;
}

const utf8 = new TextDecoder('utf-8');

/** Decodes a fuzz input: see the module's comment. */
export function decodeInput(data: Uint8Array): FuzzInput {
  if (data.length === 0) return { text: '', flags: 0, utf16: false };
  const control = data[0]!;
  const rest = data.subarray(1);
  if ((control & 1) === 0) return { text: utf8.decode(rest), flags: control >> 1, utf16: false };
  // UTF-16LE by hand: TextDecoder would replace lone surrogates with U+FFFD.
  const units = Math.floor(rest.length / 2);
  let text = '';
  const CHUNK = 4096;
  for (let from = 0; from < units; from += CHUNK) {
    const to = Math.min(units, from + CHUNK);
    const codes = new Array<number>(to - from);
    for (let i = from; i < to; i++) codes[i - from] = rest[2 * i]! | (rest[2 * i + 1]! << 8);
    text += String.fromCharCode(...codes);
  }
  return { text, flags: control >> 1, utf16: true };
}

/** Makes a fuzz input: the control byte, then `text` as UTF-8 or UTF-16LE. */
export function encodeInput(text: string, flags = 0, utf16 = false): Uint8Array {
  if (!Number.isInteger(flags) || flags < 0 || flags > 127) throw new RangeError(`encodeInput: flags must be 0–127, got ${flags}`);
  if (!utf16) {
    const body = new TextEncoder().encode(text);
    const out = new Uint8Array(body.length + 1);
    out[0] = flags << 1;
    out.set(body, 1);
    return out;
  }
  const out = new Uint8Array(1 + 2 * text.length);
  out[0] = (flags << 1) | 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[1 + 2 * i] = c & 0xff;
    out[2 + 2 * i] = c >> 8;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Shared checks

/** Characters that may stand between tokens: white space, controls, format and default-ignorable characters. */
const GAP_RE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;
/** Zero-width and bidirectional controls, which never end up inside a token. */
const CONTROL_RE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const CONTROL_BUT_ZWJ_RE = /[\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** White space and control characters, which paragraphs are trimmed of. */
const BLANK_RE = /[\p{White_Space}\p{Cc}\p{Cf}]/u;
/**
 * Any Arabic-script character: a string without one is not an Arabic word. The tokenizer's own
 * definition (Script_Extensions=Arabic), so that the astral blocks count too (U+1EE00–1EEFF, the
 * Arabic mathematical letters, which a fuzz run found tokenized as words while a BMP-only range
 * here said they were not Arabic).
 */
const ARABIC_SCRIPT_RE = /\p{Script_Extensions=Arabic}/u;

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/** What a token of each kind holds at least (see TOKEN_KINDS). */
function kindFits(kind: string, text: string): boolean {
  switch (kind) {
    case 'word': return ARABIC_SCRIPT_RE.test(text);
    case 'number': return /\p{Nd}/u.test(text);
    case 'latin': return /\p{L}/u.test(text);
    case 'url': return /^(?:https?:\/\/|ftp:\/\/|www\.)/i.test(text);
    case 'email': return text.includes('@');
    case 'hashtag': return text.startsWith('#') && text.length > 1;
    case 'mention': return text.startsWith('@') && text.length > 1;
    default: return true;
  }
}

/** `spans` are integer, ordered, disjoint, non-empty slices of `input` (sentences, paragraphs). */
function checkSpans(what: string, input: string, spans: readonly { start: number; end: number; text: string }[]): void {
  ok(Array.isArray(spans as unknown), () => `${what}: not an array`);
  let prevEnd = 0;
  spans.forEach((s, i) => {
    ok(isInt(s.start) && isInt(s.end), () => `${what}[${i}]: offsets ${s.start}–${s.end} are not integers`);
    ok(s.start >= prevEnd, () => `${what}[${i}]: starts at ${s.start}, before the previous one ends (${prevEnd})`);
    ok(s.end > s.start, () => `${what}[${i}]: empty or reversed (${s.start}–${s.end})`);
    ok(s.end <= input.length, () => `${what}[${i}]: ends at ${s.end}, past the input (${input.length})`);
    ok(s.text === input.slice(s.start, s.end), () => `${what}[${i}]: text ${show(s.text)} is not input.slice(${s.start}, ${s.end}) = ${show(input.slice(s.start, s.end))}`);
    prevEnd = s.end;
  });
}

/** Mentions are integer, ordered, disjoint, in range, and their surface is the text they span. */
function checkMentions(what: string, text: string, mentions: readonly Akhbar.Mention[], lib: Lib, gazetteer: Akhbar.Gazetteer | undefined): void {
  let prevEnd = 0;
  mentions.forEach((m, i) => {
    const at = `${what}[${i}] (${show(m.surface)} → ${m.entityId})`;
    ok(isInt(m.start) && isInt(m.end), () => `${at}: offsets ${m.start}–${m.end} are not integers`);
    ok(m.start >= prevEnd, () => `${at}: starts at ${m.start}, before the previous mention ends (${prevEnd})`);
    ok(m.end > m.start && m.end <= text.length, () => `${at}: span ${m.start}–${m.end} is empty or outside the text (${text.length})`);
    ok(m.surface === text.slice(m.start, m.end), () => `${at}: surface is not text.slice(${m.start}, ${m.end}) = ${show(text.slice(m.start, m.end))}`);
    ok((lib.MENTION_KINDS as readonly string[]).includes(m.kind), () => `${at}: unknown kind ${show(String(m.kind))}`);
    ok((lib.ENTITY_TYPES as readonly string[]).includes(m.type), () => `${at}: unknown type ${show(String(m.type))}`);
    ok(typeof m.entityId === 'string' && m.entityId.length > 0, () => `${at}: no entity id`);
    if (m.entityId.startsWith('unknown:')) {
      ok(['title-person', 'given-name', 'coreference'].includes(m.kind), () => `${at}: an unknown person found as ${m.kind}`);
      ok(m.type === 'person', () => `${at}: an unknown entity of type ${m.type}`);
    } else if (gazetteer) {
      const e = gazetteer.get(m.entityId);
      ok(e !== undefined, () => `${at}: the gazetteer has no entity ${show(m.entityId)}`);
      ok(e.type === m.type, () => `${at}: type ${m.type}, but the entity is a ${e.type}`);
    }
    if (m.fuzzy !== undefined) ok(isInt(m.fuzzy.distance) && m.fuzzy.distance >= 1 && m.fuzzy.distance <= 2, () => `${at}: fuzzy distance ${m.fuzzy!.distance}`);
    prevEnd = m.end;
  });
}

/** The edits of a repair: sorted, disjoint, exact slices of the input, rebuilding the text. */
function checkRepaired(lib: Lib, input: string, r: Akhbar.Repaired, kinds: readonly string[]): void {
  ok(r.source === input, () => 'repair: source is not the input');
  ok(typeof r.text === 'string', () => 'repair: text is not a string');
  ok(Object.isFrozen(r.edits), () => 'repair: edits are not frozen');
  let prevEnd = 0;
  let prevInsertAt = -1;
  r.edits.forEach((e, i) => {
    const at = `repair: edit ${i} (${e.kind} ${e.start}–${e.end} ${show(e.before)}→${show(e.after)})`;
    ok(kinds.includes(e.kind), () => `${at}: kind not switched on (${kinds.join(', ')})`);
    ok(Object.isFrozen(e), () => `${at}: not frozen`);
    ok(isInt(e.start) && isInt(e.end), () => `${at}: offsets are not integers`);
    ok(e.start >= prevEnd, () => `${at}: overlaps or precedes the previous edit (which ends at ${prevEnd})`);
    ok(e.end >= e.start && e.end <= input.length, () => `${at}: outside the input (${input.length})`);
    ok(e.before === input.slice(e.start, e.end), () => `${at}: before is not input.slice(start, end) = ${show(input.slice(e.start, e.end))}`);
    ok(e.after !== e.before, () => `${at}: changes nothing`);
    ok(typeof e.confidence === 'number' && e.confidence > 0 && e.confidence <= 1, () => `${at}: confidence ${e.confidence}`);
    ok(typeof e.reason === 'string' && e.reason.length > 0, () => `${at}: no reason`);
    if (e.start === e.end) {
      ok(e.start !== prevInsertAt, () => `${at}: a second insertion at the same point`);
      prevInsertAt = e.start;
    }
    prevEnd = e.end;
  });
  const applied = lib.applyEdits(input, r.edits);
  ok(applied === r.text, () => `repair: applyEdits(input, edits) = ${show(applied)} but text = ${show(r.text)}`);
  // Any subset of the edits applies (sorted, not overlapping): every other one, and none.
  lib.applyEdits(input, r.edits.filter((_, i) => i % 2 === 0));
  ok(lib.applyEdits(input, []) === input, () => 'repair: applyEdits(input, []) is not the input');
  const json = JSON.parse(JSON.stringify(r)) as { text: unknown; edits: unknown[] };
  ok(json.text === r.text && Array.isArray(json.edits) && json.edits.length === r.edits.length, () => 'repair: JSON.stringify does not give { text, edits }');
}

/** The offset map of a repair or a normalization: monotone, integer, in range, text outside edits maps to itself. */
function checkOffsetMap(what: string, n: Akhbar.NormalizedText, input: string, inserts: boolean): void {
  const { text } = n;
  let prev = 0;
  for (let i = 0; i <= text.length; i++) {
    const s = n.toSource(i);
    ok(isInt(s) && s >= prev && s <= input.length, () => `${what}: toSource(${i}) = ${s} (previous ${prev}, input length ${input.length})`);
    prev = s;
  }
  ok(n.toSource(text.length) === input.length, () => `${what}: toSource(text.length) = ${n.toSource(text.length)}, not the input's length ${input.length}`);
  // Spans: single characters, the whole text, and a few more.
  const pairs: [number, number][] = [[0, text.length], [0, 0], [text.length, text.length]];
  for (let i = 0; i < text.length; i++) pairs.push([i, i + 1]);
  for (let k = 1; k <= 8 && text.length > 1; k++) {
    const a = (k * 7919) % (text.length + 1), b = (k * 104729) % (text.length + 1);
    pairs.push(a <= b ? [a, b] : [b, a]);
  }
  for (const [i, j] of pairs) {
    const span = n.toSourceSpan(i, j);
    ok(isInt(span.start) && isInt(span.end) && span.start >= 0 && span.start <= span.end && span.end <= input.length,
      () => `${what}: toSourceSpan(${i}, ${j}) = ${span.start}–${span.end} (input length ${input.length})`);
    ok(span.start === n.toSource(i), () => `${what}: toSourceSpan(${i}, ${j}).start = ${span.start}, toSource(${i}) = ${n.toSource(i)}`);
    // Every character of a normalized text comes from the input (a repair may insert one that does not).
    if (i < j && !inserts) ok(span.end > n.toSource(j - 1), () => `${what}: toSourceSpan(${i}, ${j}) ends at ${span.end}, not past toSource(${j - 1}) = ${n.toSource(j - 1)}`);
  }
  // Out of range: a RangeError, as documented.
  for (const bad of [-1, text.length + 1, 0.5]) {
    let threw: unknown;
    try {
      n.toSource(bad);
    } catch (e) {
      threw = e;
    }
    ok(threw instanceof Error && threw.name === 'RangeError', () => `${what}: toSource(${bad}) did not throw a RangeError`);
  }
}

/** Stance reports: labels, scores, mentions and evidence in range. */
function checkStanceReports(lib: Lib, what: string, text: string, reports: readonly Akhbar.StanceReport[], cues?: ReadonlySet<string>): void {
  ok(Array.isArray(reports as unknown), () => `${what}: not an array`);
  for (const [ri, r] of reports.entries()) {
    const at = `${what}[${ri}] (${r.target})`;
    ok(typeof r.target === 'string' && r.target.length > 0, () => `${at}: no target`);
    ok((lib.STANCE_LABELS as readonly string[]).includes(r.label), () => `${at}: label ${show(String(r.label))}`);
    ok(Number.isFinite(r.score) && r.score >= -1 && r.score <= 1, () => `${at}: score ${r.score}`);
    ok(Number.isFinite(r.confidence) && r.confidence >= 0 && r.confidence <= 1, () => `${at}: confidence ${r.confidence}`);
    checkMentions(`${at}.mentions`, text, r.mentions, lib, undefined);
    let prevStart = 0;
    r.evidence.forEach((e, i) => {
      const ea = `${at}.evidence[${i}] (${show(e.cue)} ${e.start}–${e.end})`;
      ok(isInt(e.start) && isInt(e.end) && e.start >= 0 && e.start < e.end && e.end <= text.length, () => `${ea}: span outside the text (${text.length}) or empty`);
      ok(e.start >= prevStart, () => `${ea}: not in text order (previous starts at ${prevStart})`);
      const s = e.sentence;
      ok(isInt(s.start) && isInt(s.end) && s.start <= e.start && e.end <= s.end && s.end <= text.length, () => `${ea}: sentence ${s.start}–${s.end} does not hold the cue`);
      ok(s.text === text.slice(s.start, s.end), () => `${ea}: sentence text is not text.slice(${s.start}, ${s.end})`);
      ok(e.polarity === 1 || e.polarity === -1, () => `${ea}: polarity ${e.polarity}`);
      ok(Number.isFinite(e.weight) && e.weight > 0, () => `${ea}: weight ${e.weight}`);
      ok(e.voice === 'author' || e.voice === 'attributed', () => `${ea}: voice ${show(String(e.voice))}`);
      if (e.voice === 'attributed') ok(typeof e.source === 'string' && e.source.length > 0, () => `${ea}: attributed evidence without a source`);
      if (cues) ok(cues.has(e.cue) || e.cue === 'rhetorical-question' || e.cue === 'scare-quotes', () => `${ea}: cue ${show(e.cue)} is not in the lexicon`);
      prevStart = e.start;
    });
    for (const s of r.bySource) {
      ok(typeof s.source === 'string' && s.source.length > 0, () => `${at}.bySource: a source without a name`);
      ok((lib.STANCE_LABELS as readonly string[]).includes(s.label), () => `${at}.bySource[${show(s.source)}]: label ${s.label}`);
      ok(Number.isFinite(s.score) && s.score >= -1 && s.score <= 1, () => `${at}.bySource[${show(s.source)}]: score ${s.score}`);
    }
  }
}

// ---------------------------------------------------------------------------
// Prototype pollution

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['String.prototype', String.prototype],
  ['Function.prototype', Function.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
];

type Snapshot = Map<string, Map<string | symbol, PropertyDescriptor>>;

function snapshotPrototypes(): Snapshot {
  const snap: Snapshot = new Map();
  for (const [name, proto] of PROTOTYPES) {
    const props = new Map<string | symbol, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(proto)) props.set(key, Object.getOwnPropertyDescriptor(proto, key)!);
    snap.set(name, props);
  }
  return snap;
}

/** Throws when a built-in prototype gained, lost or changed a property since `before`. */
function checkPrototypes(before: Snapshot, where: string, keys: Iterable<string> = []): void {
  for (const [name, proto] of PROTOTYPES) {
    const props = before.get(name)!;
    for (const key of Reflect.ownKeys(proto)) {
      const was = props.get(key);
      ok(was !== undefined, () => `${where}: prototype pollution: ${name} gained ${String(key)}`);
      const now = Object.getOwnPropertyDescriptor(proto, key)!;
      ok(was.value === now.value && was.get === now.get && was.set === now.set, () => `${where}: prototype pollution: ${name}.${String(key)} was changed`);
    }
    ok(Reflect.ownKeys(proto).length === props.size, () => `${where}: ${name} lost a property`);
  }
  const plain = {} as Record<string, unknown>;
  ok(plain.polluted === undefined && plain.isAdmin === undefined, () => `${where}: prototype pollution: ({}).polluted or ({}).isAdmin is set`);
  ok(Object.getPrototypeOf(plain) === Object.prototype, () => `${where}: the prototype of {} changed`);
  for (const key of keys) {
    if (before.get('Object.prototype')!.has(key)) continue;
    ok(!(key in plain), () => `${where}: prototype pollution: every object now has ${show(key)}`);
  }
}

/** Every object key in a parsed JSON value (at most 500). */
function jsonKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (out.size >= 500 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) jsonKeys(v, out);
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    out.add(k);
    jsonKeys(v, out);
  }
  return out;
}

/** Runs `fn` with a prototype-pollution check around it. */
function guarded(where: string, fn: () => Iterable<string> | void): void {
  const before = snapshotPrototypes();
  const keys = fn();
  checkPrototypes(before, where, keys ?? []);
}

/**
 * Calls `fn` on untrusted data: returns its result, or undefined when it throws a TypeError or
 * RangeError whose message names one of the functions in `prefixes` (a clear, documented refusal).
 * Any other exception is a finding and propagates.
 */
function refusing<T>(what: string, prefixes: readonly string[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FuzzInvariantError) throw e;
    const clear = e instanceof Error && (e.name === 'TypeError' || e.name === 'RangeError') &&
      prefixes.some((p) => e.message.startsWith(p)) && e.message.length < 2000;
    if (clear) return undefined;
    const err = e instanceof Error ? e : new Error(String(e));
    err.message = `${what}: unexpected ${err.name} (only a TypeError or RangeError naming ${prefixes.join(' / ')} is acceptable): ${err.message}`;
    throw err;
  }
}

/** Parses JSON; undefined when the text is not JSON. */
function parseJSON(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** The values a JSON value can be plain data: strings, finite numbers, booleans, null, arrays and plain objects. */
function checkPlainData(where: string, value: unknown, depth = 0): void {
  ok(depth < 40, () => `${where}: nested too deep`);
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    ok(Number.isFinite(value), () => `${where}: ${value} is not JSON`);
    return;
  }
  ok(typeof value === 'object', () => `${where}: a ${typeof value} is not plain data`);
  const proto = Object.getPrototypeOf(value) as unknown;
  ok(proto === Object.prototype || proto === Array.prototype || proto === null, () => `${where}: an object of a class is not plain data`);
  for (const key of Object.keys(value)) checkPlainData(`${where}.${key}`, (value as Record<string, unknown>)[key], depth + 1);
}

// ---------------------------------------------------------------------------
// Targets

/**
 * tokenize + tokenSpans. Flags: bits 0–3 switch off urls, emails, hashtags, mentions (all clear:
 * no options object).
 */
export const checkTokenize: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  const f = flags & 15;
  const options: Akhbar.TokenizeOptions | undefined = f === 0 ? undefined : { urls: !(f & 1), emails: !(f & 2), hashtags: !(f & 4), mentions: !(f & 8) };
  guarded('tokenize', () => {
    const tokens = lib.tokenize(text, options);
    ok(typeof tokens.length === 'number' && typeof tokens.at === 'function' && typeof tokens[Symbol.iterator] === 'function', () => 'tokenize: not a list of tokens');
    ok(JSON.stringify(tokens) === JSON.stringify([...tokens]), () => 'tokenize: JSON.stringify does not give the tokens');
    let pos = 0;
    tokens.forEach((t, i) => {
      const at = `tokenize: token ${i} (${t.kind} ${t.start}–${t.end} ${show(t.text)})`;
      ok((lib.TOKEN_KINDS as readonly string[]).includes(t.kind), () => `${at}: unknown kind`);
      ok(isInt(t.start) && isInt(t.end), () => `${at}: offsets are not integers`);
      ok(t.start >= pos, () => `${at}: starts before the previous token ends (${pos})`);
      ok(t.end > t.start && t.end <= text.length, () => `${at}: empty or past the input (${text.length})`);
      ok(t.text === text.slice(t.start, t.end), () => `${at}: text is not input.slice(start, end) = ${show(text.slice(t.start, t.end))}`);
      const gap = text.slice(pos, t.start);
      ok(GAP_RE.test(gap), () => `${at}: text lost: the gap before it, ${show(gap)}, holds more than white space and controls`);
      const re = t.kind === 'emoji' ? CONTROL_BUT_ZWJ_RE : CONTROL_RE;
      ok(!re.test(t.text), () => `${at}: holds a zero-width or bidirectional control`);
      ok(kindFits(t.kind, t.text), () => `${at}: the text does not fit the kind`);
      const json = t.toJSON();
      ok(json.text === t.text && json.start === t.start && json.end === t.end && json.kind === t.kind, () => `${at}: toJSON() differs`);
      pos = t.end;
    });
    const tail = text.slice(pos);
    ok(GAP_RE.test(tail), () => `tokenize: text lost: the tail ${show(tail)} after the last token holds more than white space and controls`);
    // tokenSpans agrees.
    const spans = lib.tokenSpans(text, options);
    ok(spans.count === tokens.length, () => `tokenSpans: ${spans.count} tokens, tokenize ${tokens.length}`);
    for (let i = 0; i < spans.count; i++) {
      const t = tokens.at(i)!;
      ok(spans.starts[i] === t.start && spans.ends[i] === t.end && lib.TOKEN_KINDS[spans.kinds[i]!] === t.kind,
        () => `tokenSpans: token ${i} is ${spans.starts[i]}–${spans.ends[i]} ${lib.TOKEN_KINDS[spans.kinds[i]!]}, tokenize says ${t.start}–${t.end} ${t.kind}`);
    }
  });
};

/** sentences + paragraphs. No flags. */
export const checkSentences: Check = (lib, data) => {
  const { text } = decodeInput(data);
  guarded('sentences', () => {
    const sents = lib.sentences(text);
    const paras = lib.paragraphs(text);
    checkSpans('sentences', text, sents);
    checkSpans('paragraphs', text, paras);
    for (const p of paras) {
      const chars = Array.from(p.text);
      ok(!BLANK_RE.test(chars[0]!) && !BLANK_RE.test(chars[chars.length - 1]!), () => `paragraphs: ${show(p.text)} is not trimmed of white space and controls`);
    }
    // Sentences start and end at token boundaries, cover every token once, and lie inside paragraphs.
    const tokens = lib.tokenize(text);
    const starts = new Set(tokens.map((t) => t.start));
    const ends = new Set(tokens.map((t) => t.end));
    let p = 0;
    for (const s of sents) {
      ok(starts.has(s.start) && ends.has(s.end), () => `sentences: ${show(s.text)} (${s.start}–${s.end}) does not start and end at token boundaries`);
      while (p < paras.length && paras[p]!.end < s.end) p++;
      ok(p < paras.length && paras[p]!.start <= s.start && s.end <= paras[p]!.end, () => `sentences: ${show(s.text)} (${s.start}–${s.end}) is not inside a paragraph`);
    }
    let k = 0;
    for (const t of tokens) {
      while (k < sents.length && sents[k]!.end <= t.start) k++;
      ok(k < sents.length && sents[k]!.start <= t.start && t.end <= sents[k]!.end, () => `sentences: token ${show(t.text)} (${t.start}–${t.end}) is in no sentence`);
    }
  });
};

const PRESET_NAMES = ['search', 'display', 'camel', 'none'] as const;
const BOOLEAN_OPTIONS = ['tatweel', 'alef', 'alefMaqsura', 'tehMarbuta', 'hamza', 'lookalikes', 'presentationForms', 'whitespace'] as const;

/** The options object that the flags of the normalize target choose. */
export function normalizeOptionsOf(lib: Lib, flags: number): Akhbar.NormalizeOptions {
  const preset = PRESET_NAMES[flags & 3]!;
  const o: Record<string, unknown> = { preset };
  const diacritics = [undefined, true, false, 'harakat'][(flags >> 2) & 3];
  if (diacritics !== undefined) o.diacritics = diacritics;
  const choice = (flags >> 4) & 3;
  if (choice > 0) {
    o.digits = ['western', 'arabic-indic', 'keep'][choice - 1];
    o.punctuation = ['arabic', 'keep', 'ascii'][choice - 1];
    o.quotes = ['guillemets', 'ascii', 'keep'][choice - 1];
  }
  if (flags & 64) {
    // Every switch the other way round from the preset.
    const base = lib.PRESETS[preset];
    for (const key of BOOLEAN_OPTIONS) o[key] = !base[key];
  }
  return o as Akhbar.NormalizeOptions;
}

/** The options an options argument resolves to (its preset, default search, and what it sets). */
function resolve(lib: Lib, options: Akhbar.PresetName | Akhbar.NormalizeOptions | undefined): Akhbar.ResolvedNormalizeOptions {
  if (typeof options === 'string') return lib.PRESETS[options];
  const o = (options ?? {}) as Record<string, unknown>;
  const base = lib.PRESETS[(o.preset as Akhbar.PresetName | undefined) ?? 'search'];
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(o)) if (k !== 'preset' && v !== undefined) out[k] = v;
  return out as unknown as Akhbar.ResolvedNormalizeOptions;
}

/** Whether a character is an Arabic presentation form that stands for other characters. */
const isPresentationForm = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)) && c.normalize('NFKC') !== c;
};

/** What normalized text must no longer hold, by option (see the options table of the README); undefined when clean. */
function leftovers(o: Akhbar.ResolvedNormalizeOptions, out: string): string | undefined {
  const rules: [boolean, RegExp, string][] = [
    [o.tatweel, /\u0640/, 'a tatweel'],
    [o.diacritics !== false, /[\u064b-\u0652\u0670]/, 'a haraka'],
    [o.alef, /[\u0623\u0625\u0622\u0671]/, 'an alef with hamza or madda'],
    [o.alefMaqsura, /\u0649/, 'an alef maqsura'],
    [o.tehMarbuta, /\u0629/, 'a teh marbuta'],
    [o.hamza, /[\u0624\u0626]/, 'a hamza on waw or ya'],
    [o.lookalikes, /[\u06a9\u06cc\u06c0\u06d5\u06aa\u06be]/, 'a Persian or Urdu lookalike letter'],
    [o.digits === 'western', /[^\P{Nd}0-9]/u, 'a non-western digit'],
    [o.digits === 'arabic-indic', /[^\P{Nd}\u0660-\u0669]/u, 'a non-Arabic-Indic digit'],
    [o.punctuation === 'ascii', /[\u060c\u061b\u061f]/, 'Arabic punctuation'],
    [o.punctuation === 'arabic', /[;?]/, 'ASCII punctuation'],
    [o.quotes === 'ascii', /[\u00ab\u00bb\u201c\u201d\u201e]/, 'a guillemet or curly quote'],
    [o.quotes === 'guillemets', /["\u201c\u201d\u201e]/, 'a straight or curly quote'],
    [o.whitespace, /[\u00a0\t\u2000-\u200a\u202f\u205f\u3000]| {2}/, 'a special or repeated space'],
    [o.whitespace, /[\u202a-\u202e\u2066-\u2069\u200b\u200c\u200e\u200f\ufeff]/, 'a bidirectional or zero-width control'],
  ];
  for (const [on, re, what] of rules) if (on && re.test(out)) return what;
  if (o.presentationForms) for (const c of out) if (isPresentationForm(c)) return `the presentation form U+${c.charCodeAt(0).toString(16).toUpperCase()}`;
  return undefined;
}

/** CAMeL Tools: normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar, dediac_ar. */
function camelReference(s: string): string {
  return s.replace(/[\u0625\u0623\u0671\u0622]/g, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647').replace(/[\u064b-\u0652\u0670]/g, '');
}

/**
 * normalize + normalizeWithOffsets, for each preset and for an options object the flags choose
 * (bits 0–1 preset, 2–3 diacritics, 4–5 digits/punctuation/quotes, 6 every switch flipped).
 */
export const checkNormalize: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  guarded('normalize', () => {
    const sets: [string, Akhbar.PresetName | Akhbar.NormalizeOptions | undefined][] = [
      ['default', undefined],
      ...PRESET_NAMES.map((p): [string, Akhbar.PresetName] => [p, p]),
      [`options ${JSON.stringify(normalizeOptionsOf(lib, flags))}`, normalizeOptionsOf(lib, flags)],
    ];
    for (const [name, options] of sets) {
      const once = lib.normalize(text, options);
      ok(typeof once === 'string', () => `normalize (${name}): not a string`);
      const twice = lib.normalize(once, options);
      ok(twice === once, () => `normalize (${name}): not idempotent: normalize(x) = ${show(once)}, normalize(normalize(x)) = ${show(twice)}`);
      const n = lib.normalizeWithOffsets(text, options);
      ok(n.text === once, () => `normalizeWithOffsets (${name}): text ${show(n.text)} differs from normalize's ${show(once)}`);
      ok(n.source === text, () => `normalizeWithOffsets (${name}): source is not the input`);
      checkOffsetMap(`normalizeWithOffsets (${name})`, n, text, false);
      if (name === 'none') ok(once === text, () => `normalize (none): changed the text to ${show(once)}`);
      if (name === 'camel') ok(once === camelReference(text), () => `normalize (camel): ${show(once)}, CAMeL Tools gives ${show(camelReference(text))}`);
      const left = leftovers(resolve(lib, options), once);
      ok(left === undefined, () => `normalize (${name}): ${left} in ${show(once)}`);
    }
    // Folds of one code unit to one keep every offset.
    const same = lib.normalizeWithOffsets(text, { preset: 'none', alef: true, alefMaqsura: true, tehMarbuta: true, hamza: true, lookalikes: true, punctuation: 'ascii' });
    ok(same.text.length === text.length, () => `normalize (same-length folds): length ${same.text.length}, input ${text.length}`);
    for (let i = 0; i <= text.length; i++) ok(same.toSource(i) === i, () => `normalizeWithOffsets (same-length folds): toSource(${i}) = ${same.toSource(i)}`);
  });
};

/**
 * repair + applyEdits. Flags: bit 0 hamza on; bits 1–5 switch off run-on, hard-wrap, quote,
 * whitespace, bidi-control; bit 6 adds the longest word of the text to the lexicon. Idempotence
 * (repairing the repaired text changes nothing) is checked with the default options and with hamza.
 */
export const checkRepair: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  const kinds = lib.EDIT_KINDS as readonly string[];
  const o: Record<string, unknown> = {};
  if (flags & 1) o.hamza = true;
  if (flags & 2) o['run-on'] = false;
  if (flags & 4) o['hard-wrap'] = false;
  if (flags & 8) o.quote = false;
  if (flags & 16) o.whitespace = false;
  if (flags & 32 && kinds.includes('bidi-control')) o['bidi-control'] = false;
  if (flags & 64) {
    const words = lib.tokenize(text).filter((t) => t.kind === 'word' && t.text.length <= 100);
    const longest = words.reduce<string | undefined>((best, t) => (best === undefined || t.text.length > best.length ? t.text : best), undefined);
    o.lexicon = longest === undefined ? [] : [longest];
  }
  const options = o as Akhbar.RepairOptions;
  const on = kinds.filter((k) => (o[k] as boolean | undefined) ?? k !== 'hamza');
  guarded('repair', () => {
    const r = lib.repair(text, options);
    checkRepaired(lib, text, r, on);
    checkOffsetMap('repair', r, text, true);
    // Each stretch of the repaired text that no edit wrote maps code unit by code unit to the input;
    // what an edit wrote maps to the stretch it replaced.
    let out = 0, pos = 0;
    const copied = (from: number, to: number): void => {
      for (let k = from; k < to; k++) {
        const s = r.toSource(out + (k - from));
        ok(s === k, () => `repair: toSource(${out + (k - from)}) = ${s}, but that character is the input's ${k} (not edited)`);
      }
      out += to - from;
    };
    for (const e of r.edits) {
      copied(pos, e.start);
      if (e.after.length > 0) {
        const span = r.toSourceSpan(out, out + e.after.length);
        ok(span.start === e.start && span.end >= e.end, () => `repair: the text of edit ${e.kind} at ${e.start}–${e.end} maps to ${span.start}–${span.end}`);
      }
      out += e.after.length;
      pos = e.end;
    }
    copied(pos, text.length);
    ok(out === r.text.length, () => `repair: edits and unedited stretches make ${out} code units, the text has ${r.text.length}`);
    if ((flags & ~1) === 0) {
      const again = lib.repair(r.text, options);
      ok(again.edits.length === 0, () => `repair: not idempotent: repairing ${show(r.text)} again makes ${again.edits.map((e) => `${e.kind} at ${e.start}: ${show(e.before)}→${show(e.after)}`).join('; ')}`);
    }
  });
};

const all = (s: Akhbar.Segmentation): Akhbar.Segment[] => [...s.prefixes, s.stem, ...s.suffixes];

/** What a restoration does to the written segment (test/segment/properties.test.ts uses it too). */
export function restore(written: string, g: Akhbar.Segment): string {
  switch (g.restored) {
    case undefined: return written;
    case 'article-alef': return 'ا' + written;
    case 'article': return 'ال' + written;
    case 'teh-marbuta': return written.replace(/ت([\u064b-\u0652\u0670\u0640]*)$/, 'ة$1');
    case 'alef-maqsura': return written.replace(/[يا]([\u064b-\u0652\u0670\u0640]*)$/, 'ى$1');
  }
}

function checkSegmentation(lib: Lib, what: string, word: string, s: Akhbar.Segmentation, offset: number): void {
  const at = `${what} ${show(word)}`;
  ok(s.word === word, () => `${at}: word is ${show(s.word)}`);
  ok(s.start === offset && s.end === offset + word.length, () => `${at}: spans ${s.start}–${s.end}, not ${offset}–${offset + word.length}`);
  const g = all(s);
  ok(g[0]!.start === offset && g[g.length - 1]!.end === offset + word.length, () => `${at}: segments do not cover the word`);
  g.forEach((x, i) => {
    ok(isInt(x.start) && isInt(x.end) && x.start <= x.end, () => `${at}: segment ${i} ${x.start}–${x.end}`);
    if (i > 0) ok(x.start === g[i - 1]!.end, () => `${at}: a gap or overlap before segment ${i} (${g[i - 1]!.end} → ${x.start})`);
    ok((lib.SEGMENT_ROLES as readonly string[]).includes(x.role), () => `${at}: segment ${i} has role ${show(String(x.role))}`);
    if (x.restored !== undefined) ok((lib.RESTORATIONS as readonly string[]).includes(x.restored), () => `${at}: segment ${i} restored ${show(String(x.restored))}`);
    const written = word.slice(x.start - offset, x.end - offset);
    ok(x.text === restore(written, x), () => `${at}: segment ${i} text ${show(x.text)} is not the written ${show(written)} with restoration ${String(x.restored)}`);
    if (x.restored) ok(x.text !== written, () => `${at}: segment ${i} restored ${x.restored} but unchanged`);
  });
  ok(s.stem.role === 'stem', () => `${at}: stem has role ${s.stem.role}`);
  for (const p of s.prefixes) ok(['conj', 'prep', 'future', 'article'].includes(p.role), () => `${at}: prefix with role ${p.role}`);
  for (const x of s.suffixes) ok(!['conj', 'prep', 'future', 'article', 'stem'].includes(x.role), () => `${at}: suffix with role ${x.role}`);
  ok(g.map((x) => word.slice(x.start - offset, x.end - offset)).join('') === word, () => `${at}: written segments do not spell the word`);
  if (!ARABIC_SCRIPT_RE.test(word)) ok(s.prefixes.length === 0 && s.suffixes.length === 0, () => `${at}: a word without Arabic letters was cut`);
}

/** Every boundary between segments. */
function cuts(s: Akhbar.Segmentation): Set<number> {
  return new Set(all(s).slice(1).map((g) => g.start));
}

/**
 * segment + stem + segmentTokens, each scheme, on every word token (at most 64) and on the whole
 * input as one "word". Flags: bit 0 `words: [first word]`; bit 1 a lexicon made of the text's words
 * replaces the built-in one.
 */
export const checkSegment: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  guarded('segment', () => {
    const tokens = lib.tokenize(text);
    const words = tokens.filter((t) => t.kind === 'word');
    const extra: Record<string, unknown> = {};
    if (flags & 1 && words.length > 0) extra.words = [words[0]!.text];
    if (flags & 2) extra.lexicon = lib.createLexicon(words.map((t) => t.text).filter((w) => w.length <= 100));
    const list = [...new Set([text, ...words.slice(0, 64).map((t) => t.text)])];
    for (const word of list) {
      const byScheme = new Map<string, Akhbar.Segmentation>();
      for (const scheme of lib.SEGMENT_SCHEMES) {
        const options = { scheme, ...extra } as Akhbar.SegmentOptions;
        const s = lib.segment(word, options);
        ok(Object.isFrozen(s) && Object.isFrozen(s.prefixes) && Object.isFrozen(s.suffixes) && all(s).every((g) => Object.isFrozen(g)),
          () => `segment (${scheme}) ${show(word)}: the (cached) result is not frozen`);
        checkSegmentation(lib, `segment (${scheme})`, word, s, 0);
        const st = lib.stem(word, options);
        ok(st === s.stem.text, () => `stem (${scheme}) ${show(word)} = ${show(st)}, segment's stem is ${show(s.stem.text)}`);
        byScheme.set(scheme, s);
      }
      const atb = cuts(byScheme.get('atb')!), light = cuts(byScheme.get('light')!), farasa = cuts(byScheme.get('farasa')!);
      for (const c of atb) ok(light.has(c), () => `segment ${show(word)}: atb cuts at ${c}, light does not`);
      for (const c of light) ok(farasa.has(c), () => `segment ${show(word)}: light cuts at ${c}, farasa does not`);
    }
    for (const scheme of lib.SEGMENT_SCHEMES) {
      const options = { scheme, ...extra } as Akhbar.SegmentOptions;
      const segs = lib.segmentTokens(tokens, options);
      ok(segs.length === words.length, () => `segmentTokens (${scheme}): ${segs.length} segmentations for ${words.length} word tokens`);
      segs.forEach((s, i) => {
        const t = words[i]!;
        checkSegmentation(lib, `segmentTokens (${scheme})`, t.text, s, t.start);
        const alone = all(lib.segment(t.text, options)).map((g) => `${g.start + t.start}-${g.end + t.start}:${g.role}:${g.text}:${g.restored ?? ''}`).join(' ');
        const placed = all(s).map((g) => `${g.start}-${g.end}:${g.role}:${g.text}:${g.restored ?? ''}`).join(' ');
        ok(alone === placed, () => `segmentTokens (${scheme}): token ${show(t.text)} at ${t.start} gives ${placed}, segment() shifted gives ${alone}`);
      });
    }
  });
};

/**
 * Gazetteer.find on the built-in gazetteer, every option on (the default, and spelled out, which
 * must agree, twice: no state leaks between calls). Flags: bits 0–2 a `types` filter (person,
 * location, organization); bit 3 `fuzzy: false`; bit 4 `givenNames: false`.
 */
export const checkGazetteer: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  guarded('gazetteer', () => {
    const g = lib.defaultGazetteer();
    const mentions = g.find(text);
    checkMentions('find', text, mentions, lib, g);
    const explicit = g.find(text, { fuzzy: true, titles: true, coreference: true, givenNames: true, types: [...lib.ENTITY_TYPES] });
    ok(JSON.stringify(explicit) === JSON.stringify(mentions), () => 'find: every option spelled out differs from the defaults');
    const again = g.find(text);
    ok(JSON.stringify(again) === JSON.stringify(mentions), () => 'find: a second call gives other mentions');
    const types = lib.ENTITY_TYPES.filter((_, i) => flags & (1 << i));
    const options: Akhbar.FindOptions = { ...(types.length ? { types } : {}), ...(flags & 8 ? { fuzzy: false } : {}), ...(flags & 16 ? { givenNames: false } : {}) };
    if (Object.keys(options).length) {
      const some = g.find(text, options);
      checkMentions(`find ${JSON.stringify(options)}`, text, some, lib, g);
      for (const m of some) {
        if (types.length) ok((types as string[]).includes(m.type), () => `find ${JSON.stringify(options)}: a ${m.type} mention ${show(m.surface)}`);
        if (flags & 8) ok(m.fuzzy === undefined, () => `find ${JSON.stringify(options)}: a fuzzy mention ${show(m.surface)}`);
        if (flags & 16) ok(m.kind !== 'given-name', () => `find ${JSON.stringify(options)}: a given-name mention ${show(m.surface)}`);
      }
    }
  });
};

/** Entity ids of the built-in gazetteer that the stance targets name (when the gazetteer has them). */
const KNOWN_TARGETS = ['united-states', 'isil', 'global-coalition-against-isis', 'iraqi-army', 'russia'];

/**
 * stance with its default targets. Flags: bit 0 also known targets (united-states, isil, …);
 * bit 1 also a custom target whose aliases are the first two words of the text.
 */
export const checkStance: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  guarded('stance', () => {
    const cues = new Set(lib.builtinStanceLexicon().cues.map((c) => c.cue));
    const reports = lib.stance(text);
    checkStanceReports(lib, 'stance', text, reports, cues);
    const seen = new Set<string>();
    for (const r of reports) {
      ok(!seen.has(r.target), () => `stance: target ${r.target} reported twice`);
      seen.add(r.target);
    }
    if (flags & 1) {
      const g = lib.defaultGazetteer();
      const targets = KNOWN_TARGETS.filter((id) => g.get(id) !== undefined);
      const some = lib.stance(text, { targets });
      ok(some.length === targets.length && some.every((r, i) => r.target === targets[i]), () => `stance: targets ${targets.join(', ')} give reports for ${some.map((r) => r.target).join(', ')}`);
      checkStanceReports(lib, 'stance (known targets)', text, some, cues);
    }
    if (flags & 2) {
      const aliases = lib.tokenize(text).filter((t) => t.kind === 'word').slice(0, 2).map((t) => t.text);
      if (aliases.length > 0) {
        const custom = refusing('stance (custom target)', ['stance:', 'Gazetteer:'], () => lib.stance(text, { targets: [{ id: 'fuzz-target', aliases }] }));
        if (custom) checkStanceReports(lib, 'stance (custom target)', text, custom, cues);
      }
    }
  });
};

/**
 * analyze: every span points into the text as given, the result is plain data. Flags: bit 0 repair
 * off; bit 1 stance off; bit 2 entities without fuzzy matching; bit 3 tokens without urls/emails;
 * bit 4 repair with hamza.
 */
export const checkAnalyze: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  const o: Record<string, unknown> = {};
  if (flags & 1) o.repair = false;
  else if (flags & 16) o.repair = { hamza: true };
  if (flags & 2) o.stance = false;
  if (flags & 4) o.entities = { fuzzy: false };
  if (flags & 8) o.tokens = { urls: false, emails: false };
  guarded('analyze', () => {
    const a = lib.analyze(text, o as Akhbar.AnalyzeOptions);
    ok(a.text === text, () => 'analyze: text is not the input');
    // Plain data but for the token and edit lists, whose JSON is plain data.
    checkPlainData('analyze', { ...a, tokens: a.tokens === null ? null : a.tokens.toJSON(), repaired: a.repaired === null ? null : { text: a.repaired.text, edits: a.repaired.edits.toJSON() } });
    const inRange = (what: string, s: { start: number; end: number }): void =>
      ok(isInt(s.start) && isInt(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, () => `analyze: ${what} spans ${s.start}–${s.end}, outside the text (${text.length})`);
    if (flags & 1) ok(a.repaired === null, () => 'analyze: repaired although repair is off');
    else {
      ok(a.repaired !== null, () => 'analyze: no repair');
      const applied = lib.applyEdits(text, a.repaired.edits);
      ok(applied === a.repaired.text, () => `analyze: applyEdits(text, repaired.edits) = ${show(applied)}, repaired.text = ${show(a.repaired!.text)}`);
    }
    const analysed = a.repaired ? a.repaired.text : text;
    ok(a.tokens !== null, () => 'analyze: no tokens');
    let prev = 0;
    for (const t of a.tokens) {
      inRange(`token ${show(t.text)}`, t);
      ok(t.start >= prev, () => `analyze: token ${show(t.text)} at ${t.start} before the previous one (${prev})`);
      prev = t.start;
    }
    const expected = lib.tokenize(analysed, o.tokens as Akhbar.TokenizeOptions | undefined).map((t) => t.text);
    ok(JSON.stringify(a.tokens.map((t) => t.text)) === JSON.stringify(expected), () => 'analyze: tokens are not those of the analysed text');
    if (!a.repaired) ok(a.tokens.every((t) => t.text === text.slice(t.start, t.end)), () => 'analyze: without repair, a token is not a slice of the text');
    for (const [name, spans] of [['sentence', a.sentences], ['paragraph', a.paragraphs]] as const) {
      ok(spans !== null, () => `analyze: no ${name}s`);
      let p = 0;
      for (const s of spans) {
        inRange(name, s);
        ok(s.start >= p, () => `analyze: ${name} at ${s.start} before the previous one (${p})`);
        ok(s.text === text.slice(s.start, s.end), () => `analyze: ${name} text is not text.slice(${s.start}, ${s.end})`);
        p = s.start;
      }
    }
    ok(a.entities !== null, () => 'analyze: no entities');
    prev = 0;
    for (const m of a.entities) {
      inRange(`mention ${show(m.surface)}`, m);
      ok(m.start >= prev, () => `analyze: mention ${show(m.surface)} before the previous one`);
      ok(m.surface === text.slice(m.start, m.end), () => `analyze: mention surface ${show(m.surface)} is not text.slice(${m.start}, ${m.end})`);
      if (flags & 4) ok(m.fuzzy === undefined, () => `analyze: fuzzy mention ${show(m.surface)} with fuzzy off`);
      prev = m.start;
    }
    if (flags & 2) ok(a.stance === null, () => 'analyze: stance although it is off');
    else {
      ok(a.stance !== null, () => 'analyze: no stance');
      for (const r of a.stance) {
        for (const m of r.mentions) {
          inRange(`stance mention ${show(m.surface)}`, m);
          ok(m.surface === text.slice(m.start, m.end), () => `analyze: stance mention surface ${show(m.surface)} is not text.slice(${m.start}, ${m.end})`);
        }
        for (const e of r.evidence) {
          inRange(`evidence ${show(e.cue)}`, e);
          inRange(`evidence sentence`, e.sentence);
          ok(e.sentence.text === text.slice(e.sentence.start, e.sentence.end), () => 'analyze: evidence sentence text is not a slice of the text');
          ok(e.sentence.start <= e.start && e.end <= e.sentence.end, () => `analyze: evidence ${show(e.cue)} (${e.start}–${e.end}) outside its sentence (${e.sentence.start}–${e.sentence.end})`);
        }
      }
    }
  });
};

// ---------------------------------------------------------------------------
// Untrusted data

/** Splits a line into fields at `|` or tab. */
const fields = (line: string): string[] => line.split(/[|\t]/);
/** Splits a field into a list at commas (Arabic or Latin). */
const list = (field: string | undefined): string[] | undefined => (field === undefined || field === '' ? undefined : field.split(/[,،]/));

/**
 * Entities from a non-JSON text, one per line: `id|type|ar|en|aliases|demonyms|titles|subtype|wikidata`
 * (lists separated by commas). An empty id becomes `e<line>`, an empty type `location`, an empty
 * English name `X`: so that most lines make an entity and the fuzzer reaches find() with odd names.
 */
function entitiesFromLines(text: string): unknown[] {
  return text.split('\n').slice(0, 64).map((line, i) => {
    const [id, type, ar, en, aliases, demonyms, titles, subtype, wikidata] = fields(line);
    const e: Record<string, unknown> = {
      id: id || `e${i}`,
      type: type || 'location',
      names: { ar: ar ?? '', en: en || 'X' },
      aliases: list(aliases) ?? [],
    };
    if (demonyms !== undefined) e.demonyms = list(demonyms) ?? [];
    if (titles !== undefined) e.titles = list(titles) ?? [];
    if (subtype) e.subtype = subtype;
    if (wikidata) e.wikidata = wikidata;
    return e;
  });
}

/** A text that names the gazetteer's entities in the ways find() looks for, then `tail`. */
function textNaming(g: Akhbar.Gazetteer, tail: string): string {
  const parts: string[] = [];
  for (const e of g.entities().slice(0, 24)) {
    const alias = e.aliases[0] ?? e.names.ar;
    parts.push(`قال ${e.names.ar} إن`, `و${e.names.ar}`, `الرئيس ${alias.replace(/^~/, '')}`, `«${alias.replace(/^~/, '')}»`);
    if (e.demonyms?.[0]) parts.push(`ال${e.demonyms[0]}ون`);
    if (e.titles?.[0]) parts.push(`${e.titles[0]} ${e.names.ar}`);
  }
  return `${parts.join(' ')} ${tail}`.slice(0, 6000);
}

/** A small gazetteer that user entities extend. */
const BASE_ENTITY = { id: 'base-city', type: 'location', names: { ar: 'مدينة الاختبار', en: 'Test City' }, aliases: ['المدينة القديمة'] } as const;

/** Checks a gazetteer made from user data: its entities, find(), toJSON/fromJSON. */
function checkGazetteerData(lib: Lib, what: string, g: Akhbar.Gazetteer, tail: string): void {
  ok(g instanceof lib.Gazetteer, () => `${what}: not a Gazetteer`);
  const entities = g.entities();
  ok(entities.length === g.size, () => `${what}: size ${g.size}, ${entities.length} entities`);
  for (const e of entities) {
    ok(Object.isFrozen(e) && Object.isFrozen(e.names) && Object.isFrozen(e.aliases), () => `${what}: entity ${e.id} is not frozen`);
    ok(JSON.stringify(g.get(e.id)) === JSON.stringify(e), () => `${what}: get(${show(e.id)}) is not the entity`);
    ok(Object.getPrototypeOf(e) === Object.prototype, () => `${what}: entity ${e.id} has another prototype`);
  }
  const text = textNaming(g, tail);
  const mentions = g.find(text);
  checkMentions(`${what}.find`, text, mentions, lib, g);
  // Stored and read back, it is the same gazetteer.
  const json = JSON.stringify(g);
  const back = lib.Gazetteer.fromJSON(JSON.parse(json) as unknown);
  ok(JSON.stringify(back) === json, () => `${what}: fromJSON(toJSON()) gives other data`);
  ok(JSON.stringify(back.find(text)) === JSON.stringify(mentions), () => `${what}: fromJSON(toJSON()).find() gives other mentions`);
  ok(JSON.stringify(lib.Gazetteer.fromJSON(json)) === json, () => `${what}: fromJSON(string) differs from fromJSON(object)`);
}

const GAZETTEER_ERRORS = ['Gazetteer:', 'Gazetteer.fromJSON:'];

/**
 * A user gazetteer from fuzzed data: the text as JSON (new Gazetteer(data), Gazetteer.fromJSON,
 * g.with(data)), or, when it is not JSON, entities from its lines (see entitiesFromLines). Only a
 * TypeError or RangeError naming Gazetteer is an acceptable failure; no built-in prototype may
 * change. Flags: bit 0 also base.with(entities); bit 1 the entities' English names as titles.
 */
export const checkUserGazetteer: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  guarded('user gazetteer', () => {
    const parsed = parseJSON(text);
    const value = parsed ? parsed.value : entitiesFromLines(text);
    const titles = flags & 2 && Array.isArray(value)
      ? value.map((e: unknown) => (e as { names?: { en?: unknown } } | null)?.names?.en).filter((t): t is string => typeof t === 'string')
      : [];
    const made: [string, Akhbar.Gazetteer | undefined][] = [];
    made.push(['new Gazetteer(data)', refusing('new Gazetteer(data)', GAZETTEER_ERRORS, () => new lib.Gazetteer(value as Iterable<Akhbar.Entity>, titles as string[]))]);
    if (parsed) {
      made.push(['Gazetteer.fromJSON(data)', refusing('Gazetteer.fromJSON(data)', GAZETTEER_ERRORS, () => lib.Gazetteer.fromJSON(value))]);
      made.push(['Gazetteer.fromJSON(text)', refusing('Gazetteer.fromJSON(text)', GAZETTEER_ERRORS, () => lib.Gazetteer.fromJSON(text))]);
      made.push(['fromJSON({ version: 1, entities: data })', refusing('fromJSON({ version: 1, entities: data })', GAZETTEER_ERRORS, () => lib.Gazetteer.fromJSON({ version: 1, entities: value, titles }))]);
    }
    if (flags & 1) {
      const base = new lib.Gazetteer([BASE_ENTITY]);
      const g = refusing('base.with(data)', GAZETTEER_ERRORS, () => base.with(value as Iterable<Akhbar.Entity>));
      if (g) {
        const ids = new Set(g.entities().map((e) => e.id));
        ok(ids.size === g.size, () => 'base.with(data): duplicate ids');
        ok(g.get('base-city') !== undefined, () => 'base.with(data): lost the base entity');
        ok(base.size === 1, () => 'base.with(data): changed the base gazetteer');
      }
      made.push(['base.with(data)', g]);
    }
    for (const [what, g] of made) if (g) checkGazetteerData(lib, what, g, text.slice(0, 500));
    return jsonKeys(value);
  });
};

const LEXICON_ERRORS = ['createLexicon:', 'repair:', 'segment:'];

/** Words for createLexicon from fuzzed data: a JSON array, `{ words, options }`, or the lines of the text. */
function wordsOf(text: string): { words: unknown; options?: unknown; json?: unknown } {
  const parsed = parseJSON(text);
  if (!parsed) return { words: text.split('\n').slice(0, 2000) };
  const v = parsed.value;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'words' in v) return { words: (v as { words: unknown }).words, options: (v as { options?: unknown }).options, json: v };
  return { words: v, json: v };
}

/**
 * createLexicon from fuzzed words (a JSON array, `{ "words": …, "options": … }`, or the text's
 * lines), then used by repair and segment. Every listed word is in the lexicon; only a TypeError or
 * RangeError naming createLexicon (or repair/segment, for their lexicon option) is acceptable.
 * Flags: bit 0 `clitics: false` (when the data gives no options).
 */
export const checkLexicon: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  guarded('createLexicon', () => {
    const { words, options, json } = wordsOf(text);
    const opts = options !== undefined ? options : flags & 1 ? { clitics: false } : undefined;
    const lex = refusing('createLexicon', LEXICON_ERRORS, () => lib.createLexicon(words as Iterable<string>, opts as Akhbar.CreateLexiconOptions));
    if (lex) {
      ok(isInt(lex.size) && lex.size >= 0, () => `createLexicon: size ${lex.size}`);
      ok(Array.isArray(words) || typeof words === 'object', () => 'createLexicon: accepted words that are not an iterable');
      const listed = [...(words as Iterable<string>)];
      ok(lex.size <= listed.length, () => `createLexicon: size ${lex.size} for ${listed.length} words`);
      for (const w of listed.slice(0, 200)) {
        const t = w.trim();
        // Harakat and tatweel are ignored; a word made only of them lists nothing.
        if (t === '' || /[\u064b-\u065f\u0670\u0640]/.test(t)) continue;
        ok(lex.has(t), () => `createLexicon: listed ${show(t)} but has() says no`);
      }
      ok(lex.has(123 as unknown as string) === false, () => 'createLexicon: has(123) is not false');
      lex.has(text);
      for (const w of listed.slice(0, 50)) {
        lex.has(`و${w}`);
        lex.has(`بال${w}`);
        lex.has(`لل${w}`);
      }
      const merged = lib.mergeLexicons(lex, lib.builtinLexicon());
      for (const w of listed.slice(0, 50)) if (lex.has(w)) ok(merged.has(w), () => `mergeLexicons: lost ${show(w)}`);
      // Used by repair and segment.
      const sample = `${listed.slice(0, 20).join(' ')} وصل الوفد إلي ${listed.slice(0, 3).join('')} ${text.slice(0, 300)}`;
      const r = lib.repair(sample, { lexicon: lex });
      checkRepaired(lib, sample, r, (lib.EDIT_KINDS as readonly string[]).filter((k) => k !== 'hamza'));
      for (const w of listed.slice(0, 20)) {
        const s = lib.segment(w, { lexicon: lex });
        checkSegmentation(lib, 'segment (user lexicon)', w, s, 0);
      }
    }
    // The word list given to repair and segment directly.
    const r2 = refusing('repair({ lexicon: words })', LEXICON_ERRORS, () => lib.repair(text.slice(0, 500), { lexicon: words as Iterable<string> }));
    if (r2) checkRepaired(lib, text.slice(0, 500), r2, (lib.EDIT_KINDS as readonly string[]).filter((k) => k !== 'hamza'));
    refusing('segment({ words })', LEXICON_ERRORS, () => lib.segment('وبالعراق', { words: words as Iterable<string> }));
    return json === undefined ? [] : jsonKeys(json);
  });
};

/** Cues from non-JSON text, one per line: `cue|polarity|weight|match` (polarity + or - or a number). */
function cuesFromLines(text: string): unknown[] {
  return text.split('\n').slice(0, 256).map((line) => {
    const [cue, polarity, weight, match] = fields(line);
    const c: Record<string, unknown> = {
      cue: cue ?? '',
      polarity: polarity === undefined || polarity === '-' ? -1 : polarity === '+' ? 1 : Number(polarity),
      weight: weight === undefined || weight === '' ? 1 : Number(weight),
    };
    if (match !== undefined) c.match = match;
    return c;
  });
}

const STANCE_LEXICON_ERRORS = ['createStanceLexicon:'];

/**
 * createStanceLexicon from fuzzed cues (a JSON array, `{ "cues": …, "options": … }`, or lines
 * `cue|polarity|weight|match`), then stance() with it on a text that uses the cues. Only a
 * TypeError or RangeError naming createStanceLexicon is acceptable. Flags: bit 0 no options (the
 * default, extending the built-in lexicon); clear, `extend: false` (when the data gives no options).
 */
export const checkStanceLexicon: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  guarded('createStanceLexicon', () => {
    const parsed = parseJSON(text);
    let cues: unknown = parsed ? parsed.value : cuesFromLines(text);
    // Without extend the lexicon compiles 40 times faster, so that is what most inputs fuzz.
    let options: unknown = flags & 1 ? undefined : { extend: false };
    if (parsed && cues !== null && typeof cues === 'object' && !Array.isArray(cues) && 'cues' in cues) {
      options = (cues as { options?: unknown }).options;
      cues = (cues as { cues: unknown }).cues;
    }
    const lex = refusing('createStanceLexicon', STANCE_LEXICON_ERRORS, () => lib.createStanceLexicon(cues as Iterable<Akhbar.StanceCue>, options as { extend?: boolean }));
    if (lex) {
      ok(Object.isFrozen(lex) && Object.isFrozen(lex.cues), () => 'createStanceLexicon: the lexicon is not frozen');
      const mine = [...(cues as Iterable<Akhbar.StanceCue>)];
      const have = new Set(lex.cues.map((c) => c.cue));
      for (const c of mine) ok(have.has(c.cue.trim()), () => `createStanceLexicon: cue ${show(c.cue)} is missing`);
      const extend = (options as { extend?: boolean } | undefined)?.extend ?? true;
      if (!extend) ok(lex.cues.length === mine.length, () => `createStanceLexicon: ${lex.cues.length} cues for ${mine.length} given, without extend`);
      for (const c of lex.cues) ok(Object.isFrozen(c) && (c.polarity === 1 || c.polarity === -1) && c.weight > 0 && c.weight <= 10, () => `createStanceLexicon: bad cue ${show(JSON.stringify(c))}`);
      // A text that uses the cues about a known target.
      const g = lib.defaultGazetteer();
      const target = ['iraqi-army', 'united-states', 'isil'].find((id) => g.get(id) !== undefined);
      const name = target ? g.get(target)!.names.ar : 'الجيش';
      const sentences = mine.slice(0, 12).map((c, i) => (i % 3 === 0 ? `وقال مصدر إن ${c.cue} ${name} واضح.` : i % 3 === 1 ? `لكن ${name} لم ${c.cue} في الحرب.` : `${c.cue} ${name} كبير جدا، «${c.cue}».`));
      const sample = `${name} ${sentences.join(' ')} ${text.slice(0, 300)} ${name}.`;
      const reports = lib.stance(sample, { lexicon: lex, ...(target ? { targets: [target] } : {}) });
      checkStanceReports(lib, 'stance (user lexicon)', sample, reports, have);
      checkStanceReports(lib, 'stance (user lexicon, default targets)', sample, lib.stance(sample, { lexicon: lex }), have);
    }
    return parsed ? jsonKeys(parsed.value) : [];
  });
};

// ---------------------------------------------------------------------------
// Linear time

/** Code units the linear target makes of its input. */
export const LINEAR_LENGTH = 65_536;

/**
 * The groups of functions the linear target times, chosen by flags bits 3–4 (one group per input,
 * to keep each run short under instrumentation).
 */
const LINEAR_GROUPS: readonly (readonly [string, (lib: Lib, text: string) => unknown])[][] = [
  [
    ['tokenize', (lib, t) => lib.tokenize(t)],
    ['tokenSpans', (lib, t) => lib.tokenSpans(t)],
    ['sentences', (lib, t) => lib.sentences(t)],
    ['paragraphs', (lib, t) => lib.paragraphs(t)],
    ['normalizeWithOffsets', (lib, t) => lib.normalizeWithOffsets(t, 'search')],
  ],
  [['repair (hamza)', (lib, t) => lib.repair(t, { hamza: true })]],
  [
    ['segmentTokens (farasa)', (lib, t) => lib.segmentTokens(lib.tokenize(t), { scheme: 'farasa' })],
    ['defaultGazetteer().find', (lib, t) => lib.defaultGazetteer().find(t)],
  ],
  [['stance', (lib, t) => lib.stance(t)]],
];

/**
 * Linear time, as documented ("all work is linear in the input's length"): the input, repeated to
 * 64 K code units and cut to 8 K, through a group of functions. Taking more than 24 times as long
 * on 8 times the text (plus 300 ms for noise) is a finding; a hang is libFuzzer's timeout. Flags:
 * bit 0 removes the input's white space first (one endless word); bit 1 joins the copies with line
 * breaks, bit 2 with nothing (else a space); bits 3–4 the group (see LINEAR_GROUPS).
 */
export const checkLinear: Check = (lib, data) => {
  const { text, flags } = decodeInput(data);
  let unit = flags & 1 ? text.replace(/[\s\u200b-\u200f]/g, '') : text;
  if (unit === '') unit = 'ب';
  const sep = flags & 2 ? '\n' : flags & 4 ? '' : ' ';
  const big = (unit + sep).repeat(Math.ceil(LINEAR_LENGTH / (unit.length + sep.length))).slice(0, LINEAR_LENGTH);
  const small = big.slice(0, LINEAR_LENGTH / 8);
  const time = (fn: () => unknown): number => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  guarded('linear', () => {
    for (const [name, fn] of LINEAR_GROUPS[(flags >> 3) & 3]!) {
      const a = time(() => fn(lib, small));
      const b = time(() => fn(lib, big));
      ok(b <= 24 * a + 300, () => `linear: ${name} took ${b.toFixed(0)} ms on ${big.length} code units but ${a.toFixed(0)} ms on ${small.length} (${show(unit, 40)} repeated): not linear`);
    }
  });
};

// ---------------------------------------------------------------------------
// The list

/** A fuzz target: its check, its libFuzzer -max_len, and what it covers. */
export interface FuzzTarget {
  readonly check: Check;
  /** Longest input (bytes). */
  readonly maxLen: number;
  /** libFuzzer dictionary in fuzz/dicts/, if any. */
  readonly dict?: string;
  readonly description: string;
}

/** Every fuzz target, by name: fuzz/targets/<name>.cjs, fuzz/corpus/<name>/, fuzz/regressions/<name>/. */
export const TARGETS = {
  tokenize: { check: checkTokenize, maxLen: 4096, dict: 'text.dict', description: 'tokenize + tokenSpans' },
  sentences: { check: checkSentences, maxLen: 4096, dict: 'text.dict', description: 'sentences + paragraphs' },
  normalize: { check: checkNormalize, maxLen: 4096, dict: 'text.dict', description: 'normalize + normalizeWithOffsets, every preset' },
  repair: { check: checkRepair, maxLen: 4096, dict: 'text.dict', description: 'repair + applyEdits' },
  segment: { check: checkSegment, maxLen: 1024, dict: 'text.dict', description: 'segment + stem + segmentTokens' },
  gazetteer: { check: checkGazetteer, maxLen: 4096, dict: 'text.dict', description: 'defaultGazetteer().find, all options' },
  stance: { check: checkStance, maxLen: 4096, dict: 'text.dict', description: 'stance' },
  analyze: { check: checkAnalyze, maxLen: 4096, dict: 'text.dict', description: 'analyze' },
  'user-gazetteer': { check: checkUserGazetteer, maxLen: 4096, dict: 'json.dict', description: 'new Gazetteer / Gazetteer.fromJSON / with() on fuzzed JSON' },
  lexicon: { check: checkLexicon, maxLen: 4096, dict: 'json.dict', description: 'createLexicon on fuzzed words, used by repair and segment' },
  'stance-lexicon': { check: checkStanceLexicon, maxLen: 4096, dict: 'json.dict', description: 'createStanceLexicon on fuzzed cues, used by stance' },
  linear: { check: checkLinear, maxLen: 256, dict: 'text.dict', description: 'every function on the input repeated to 64 K code units, in linear time' },
} as const satisfies Record<string, FuzzTarget>;

/** The name of a fuzz target. */
export type TargetName = keyof typeof TARGETS;
/** The names, in order. */
export const TARGET_NAMES = Object.keys(TARGETS) as TargetName[];
