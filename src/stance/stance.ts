/**
 * stance(): how a text leans toward each of its targets, from evaluative cues in the author's
 * voice, with the evidence that decided it. See the README ("Stance") for the method.
 */
import { assertText, checkOptions, describe } from '../_lib/args.js';
import { defaultGazetteer } from '../gazetteer/default.js';
import type { EntityType } from '../gazetteer/entity.js';
import { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Mention } from '../gazetteer/mention.js';
import { STANCE_METONYMS } from '../generated/stance-data.js';
import { normalizeWithOffsets } from '../normalize/normalize.js';
import { sentences as splitSentences } from '../tokenize/sentences.js';
import { tokenSpans } from '../tokenize/tokenize.js';
import { TokenWords } from '../_lib/token-words.js';
import { TOKEN_KIND_CODE } from '../tokenize/kinds.js';
import { builtinStanceLexicon, compile, type ReportingKind, type StanceLexicon } from './lexicon.js';
import { phraseAt } from './phrases.js';
import type { Evidence, SourceStance, StanceReport } from './report.js';
import { summarize } from './score.js';

/**
 * A target that is not in the gazetteer: an id and the names the text may use.
 *
 * @example
 * ```ts
 * import { stance, type CustomTarget } from 'akhbar/stance';
 * const target: CustomTarget = { id: 'reconstruction-fund', aliases: ['صندوق إعادة الإعمار'] };
 * stance('فشل صندوق إعادة الإعمار فشلا ذريعا.', { targets: [target] })[0]!.label //=> 'against'
 * ```
 * @category Stance
 */
export interface CustomTarget {
  /** A lowercase slug, as entity ids are. */
  readonly id: string;
  /** Its Arabic names: the first is its name, the rest aliases. */
  readonly aliases: readonly string[];
  /** Default `organization`. */
  readonly type?: EntityType;
}

/**
 * Options of {@link stance}.
 *
 * @example
 * ```ts
 * import type { StanceOptions } from 'akhbar/stance';
 * const options: StanceOptions = { targets: ['global-coalition-against-isis', 'united-states'] };
 * ```
 * @category Stance
 */
export interface StanceOptions {
  /** Entity ids of the gazetteer, or custom targets. Default: every entity mentioned at least twice. */
  readonly targets?: readonly (string | CustomTarget)[];
  /** The gazetteer that finds the targets' mentions. Default: {@link defaultGazetteer}. */
  readonly gazetteer?: Gazetteer;
  /** The cues. Default: {@link builtinStanceLexicon}; extend it with {@link createStanceLexicon}. */
  readonly lexicon?: StanceLexicon;
}

const OPTION_KEYS = ['targets', 'gazetteer', 'lexicon'] as const;
const WORD = TOKEN_KIND_CODE.word;
const PUNCT = TOKEN_KIND_CODE.punct;
/** First letters of an imperfect verb (folded): ي ت ن ا. */
const IMPERFECT: ReadonlySet<number> = new Set([0x064a, 0x062a, 0x0646, 0x0627]);
/** Words after a reporting verb where its source is looked for. */
const SOURCE_WINDOW = 4;
/** Words a quotation may have and still be scare quotes (المناطق "المحررة"). */
const SCARE_QUOTE_WORDS = 3;
/** The source of reported speech whose speaker the text does not name. */
const UNNAMED = 'unnamed source';
/** Tokens between a cue and the entity right next to it that it is said of (فشل التحالف: 0). */
const ADJACENT = 0;
/** Tokens after a cue within which a cue of the other sign is its complement. */
const GOVERNED = 3;

let metonyms: ReadonlyMap<string, string> | undefined;
let states: ReadonlySet<string> | undefined;

/**
 * How a text leans toward its targets: for each, a label (`favor`, `against`, `neutral`,
 * `mixed`), a score from −1 to 1, a confidence, the target's mentions, and the evidence: each
 * evaluative cue said of the target, with its offsets and its sentence, in the author's voice or
 * attributed to a source the text reports (قال, بحسب, a quotation). The label is the author's;
 * `bySource` gives each quoted source's leaning.
 *
 * Heuristic and transparent: cues from a lexicon (فشل, الفشل الذريع, تقاعس, تواطؤ / نجاح, إنجاز, دعم),
 * matched through clitics; negation (لم, لا, غير, عدم) flips them, intensifiers and diminishers scale
 * them, hedges lower the confidence and certainty raises it; after a contrast (لكن, إلا أن) a clause
 * counts more; rhetorical questions (كيف يمكن …؟) and scare quotes about a target count as
 * criticism. A cue is said of the nearest entity in its sentence; a sentence that names no entity
 * continues the previous one's.
 *
 * @param text - any string (never throws on one)
 * @param options - see {@link StanceOptions}
 * @throws TypeError when `text` is not a string or an option has the wrong type; RangeError for an
 * unknown option or a target the gazetteer does not know
 *
 * @example
 * ```ts
 * import { stance } from 'akhbar/stance';
 * const text = 'قال المتحدث باسم التحالف الدولي إن الحملة حققت نجاحا كبيرا. لكن الحصيلة تكشف الفشل الذريع للتحالف الدولي.';
 * const [r] = stance(text, { targets: ['global-coalition-against-isis'] });
 * [r!.label, r!.evidence.map((e) => `${e.cue}/${e.voice}`)];
 * //=> ['against', ['حققت/attributed', 'نجاح/attributed', 'فشل ذريع/author']]
 * r!.bySource.map((s) => [s.source, s.label]) //=> [['global-coalition-against-isis', 'favor']]
 * ```
 * @category Stance
 */
export function stance(text: string, options?: StanceOptions): StanceReport[] {
  assertText(text, 'stance');
  const o = checkOptions<StanceOptions>(options, 'stance', OPTION_KEYS);
  let g = o.gazetteer ?? defaultGazetteer();
  if (!(g instanceof Gazetteer)) throw new TypeError(`stance: option "gazetteer" must be a Gazetteer, got ${describe(g)}`);
  const lexicon = o.lexicon ?? builtinStanceLexicon();
  if (lexicon === null || typeof lexicon !== 'object' || !Array.isArray((lexicon as StanceLexicon).cues)) throw new TypeError(`stance: option "lexicon" must be a stance lexicon (createStanceLexicon), got ${describe(lexicon)}`);
  const tables = compile(lexicon);

  // Targets: ids of the gazetteer, or custom ones added to it.
  let wanted: string[] | undefined;
  if (o.targets !== undefined) {
    if (!Array.isArray(o.targets)) throw new TypeError(`stance: option "targets" must be an array, got ${describe(o.targets)}`);
    const custom = o.targets.filter((t): t is CustomTarget => typeof t !== 'string');
    if (custom.length) g = g.with(custom.map(customEntity));
    wanted = o.targets.map((t, i) => {
      const id = typeof t === 'string' ? t : t.id;
      if (typeof id !== 'string' || g.get(id) === undefined) throw new RangeError(`stance: option "targets"[${i}]: ${describe(id)} is not an entity of the gazetteer (give { id, aliases } for a target of your own)`);
      return id;
    });
  }

  metonyms ??= new Map(STANCE_METONYMS.map(([place, country]) => [place, country]));
  states ??= new Set(metonyms.values());
  const metonymOf = metonyms;
  const targetOf = (m: Mention): string => (m.kind !== 'demonym' ? metonyms!.get(m.entityId) ?? m.entityId : m.entityId);
  const mentions = g.find(text);
  if (!wanted) {
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(targetOf(m), (counts.get(targetOf(m)) ?? 0) + 1);
    wanted = [...counts].filter(([, n]) => n >= 2).map(([id]) => id);
  }
  if (wanted.length === 0) return [];
  const targets = new Set(wanted);
  const evidence = new Map<string, Evidence[]>(wanted.map((t) => [t, []]));
  const hedging = new Map<Evidence, number>();

  // Tokens of the folded text, with their offsets in the text.
  const n = normalizeWithOffsets(text, 'search');
  const f = n.text;
  const spans = tokenSpans(f);
  const count = spans.count;
  const starts = spans.starts, ends = spans.ends, kinds = spans.kinds;
  // Where token k stands in the text, computed when asked (an array of them would cost 8 bytes a token).
  const srcStart = (k: number): number => n.toSourceSpan(starts[k]!, ends[k]!).start;
  const srcEnd = (k: number): number => n.toSourceSpan(starts[k]!, ends[k]!).end;
  const isWord = (k: number): boolean => kinds[k] === WORD;
  // A token's folded word, sliced once while it is among the last read.
  const word = new TokenWords(f, starts, ends);
  /** The first token ending after source offset `at`. */
  const tokenAt = (at: number): number => {
    let lo = 0, hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (srcEnd(mid) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Entity mentions as token ranges.
  const ments = mentions.map((m) => ({ id: targetOf(m), from: tokenAt(m.start), to: tokenAt(m.end - 1) + 1 }));

  let carried: string | undefined;
  let mi = 0;
  for (const sentence of splitSentences(text)) {
    const a = tokenAt(sentence.start);
    let b = a;
    while (b < count && srcStart(b) < sentence.end) b++;
    const inSentence: { id: string; from: number; to: number }[] = [];
    while (mi < ments.length && ments[mi]!.from < b) {
      if (ments[mi]!.from >= a) inSentence.push(ments[mi]!);
      mi++;
    }
    // A sentence that names no target, after one that was not about a target, says nothing of
    // any target: only the entity it is about is kept for the next.
    if (!inSentence.some((m) => targets.has(m.id)) && !(inSentence.length === 0 && carried !== undefined && targets.has(carried))) {
      if (inSentence.length) carried = inSentence[0]!.id;
      continue;
    }
    const sentenceSpan = { start: sentence.start, end: sentence.end, text: sentence.text };

    // Quotations and reported speech: who speaks at each token.
    const speaker: (string | undefined)[] = new Array<string | undefined>(b - a);
    const quotes: [number, number][] = [];
    let open = -1;
    for (let k = a; k < b; k++) {
      if (kinds[k] !== PUNCT) continue;
      const c = f.charCodeAt(starts[k]!);
      if (c === 0x22) {
        if (open < 0) open = k;
        else { quotes.push([open + 1, k]); open = -1; }
      }
    }
    /** Words among tokens [from, to). */
    const wordsIn = (from: number, to: number): number => {
      let n = 0;
      for (let q = from; q < to; q++) if (isWord(q)) n++;
      return n;
    };
    /** Tokens [from, to) hold أن, إن (with ب), a colon or a quotation mark. */
    const introducesSpeech = (from: number, to: number): boolean => {
      for (let k = from; k < to && k < b; k++) {
        const w = word.at(k);
        if (w === 'ان' || w === 'بان' || w === ':' || w === '"') return true;
      }
      return false;
    };
    /** A speaker: a person, an organization, a state (or its capital), not a place (كشفت الموصل). */
    const speaks = (id: string): boolean => {
      const e = g.get(id);
      return e === undefined || e.type !== 'location' || e.subtype === 'country' || metonymOf.has(id) || states!.has(id);
    };
    const sourceNear = (from: number, to: number): string | undefined => {
      for (const m of inSentence) if (m.from >= from && m.from < to && speaks(m.id)) return m.id;
      for (let k = from; k < to && k < b; k++) {
        const hit = isWord(k) ? phraseAt(tables.reporting, f, starts, ends, count, k, isWord, true, word.at(k)) : undefined;
        if (hit?.phrase.value === 'source-noun') {
          // The noun and the word after it, as the text writes them (مصادر دبلوماسية).
          const last = hit.to < b && isWord(hit.to) ? hit.to : hit.to - 1;
          return text.slice(srcStart(k), srcEnd(last));
        }
      }
      return undefined;
    };
    // Shifters of the sentence.
    // Contrast markers also end what a source is reported to say (أعلن التحالف …، لكن …).
    const contrasts: number[] = [];
    let hedge = 1;
    let contrastAt = -1;
    let contrastFactor = 1;
    const shifters: { from: number; to: number; kind: string; factor: number; scope: number }[] = [];
    for (let k = a; k < b; k++) {
      if (!isWord(k)) continue;
      const hit = phraseAt(tables.shifters, f, starts, ends, count, k, isWord, true, word.at(k));
      if (!hit) continue;
      const s = hit.phrase.value;
      k = hit.to - 1;
      // A fixed phrase that starts like a negation (لا سيما, ما زال) is listed with factor 1: nothing.
      if (s.kind === 'negation' && s.factor > 0) continue;
      // قد is a hedge before an imperfect verb only (قد يكون), not before a past one (قد فشل).
      if (s.kind === 'hedge' && hit.to === hit.from + 1 && f.slice(hit.start, ends[hit.from]!) === 'قد' && !(hit.to < b && isWord(hit.to) && IMPERFECT.has(f.charCodeAt(starts[hit.to]!)))) continue;
      if (s.kind === 'hedge' || s.kind === 'certainty') hedge *= s.factor;
      else if (s.kind === 'contrast') {
        contrasts.push(k);
        if (contrastAt < 0) {
          contrastAt = k;
          contrastFactor = s.factor;
        }
      } else shifters.push({ from: hit.from, to: hit.to, kind: s.kind, factor: s.factor, scope: s.scope });
    }
    // Hedges lower the confidence of the sentence's evidence, certainty raises it (within 0.3–1.3).
    hedge = Math.min(1.3, Math.max(0.3, hedge));

    for (let k = a; k < b; k++) {
      if (!isWord(k)) continue;
      const hit = phraseAt(tables.reporting, f, starts, ends, count, k, isWord, true, word.at(k));
      if (!hit || hit.phrase.value === 'source-noun') continue;
      const kind: ReportingKind = hit.phrase.value;
      // The source: named right after the marker (قال المتحدث باسم التحالف, بحسب مصادر), or just
      // before a verb (التحالف أعلن); what it says starts after it.
      let source: string | undefined;
      let saysFrom = hit.to;
      for (const m of inSentence) {
        if (m.from >= hit.to && m.from < hit.to + SOURCE_WINDOW && speaks(m.id)) {
          source = m.id;
          saysFrom = m.to;
          break;
        }
      }
      if (source === undefined) {
        const noun = sourceNear(hit.to, hit.to + SOURCE_WINDOW);
        if (noun !== undefined) source = noun;
      }
      if (source === undefined && (kind === 'verb' || kind === 'speech')) {
        for (const m of inSentence) if (m.to <= k && m.to >= k - 3 && speaks(m.id)) source = m.id;
      }
      // كشف, أشار, أظهر report speech only with a speaker followed by أن, إن, a colon or a
      // quotation (كشف المتحدث أن …); كشفت الأرقام عن … is the author's.
      if (kind === 'verb' && (source === undefined || !introducesSpeech(saysFrom, saysFrom + 3))) continue;
      // What the source says: a quotation right after the marker, else the rest of the sentence
      // up to a contrast (لكن).
      const quote = quotes.find(([qa]) => qa >= saysFrom && qa <= saysFrom + SOURCE_WINDOW + 3);
      let [from, to] = quote ?? [saysFrom, contrasts.find((c) => c > saysFrom) ?? b];
      // بحسب at the end of a sentence (…، بحسب مصادر): what came before it is the source's.
      if (!quote && kind === 'according' && wordsIn(saysFrom, to) <= 2) [from, to] = [a, k];
      for (let q = from; q < to; q++) speaker[q - a] ??= source ?? UNNAMED;
      k = hit.to - 1;
    }
    // A quotation with a reporting verb right after it («…» قال الوزير).
    for (const [qa, qb] of quotes) {
      if (speaker[qa - a] !== undefined) continue;
      let k = qb + 1;
      while (k < b && !isWord(k)) k++;
      const hit = k < b ? phraseAt(tables.reporting, f, starts, ends, count, k, isWord, true, word.at(k)) : undefined;
      if (hit?.phrase.value === 'verb' || hit?.phrase.value === 'speech') {
        const source = sourceNear(hit.to, hit.to + SOURCE_WINDOW) ?? UNNAMED;
        for (let q = qa; q < qb; q++) speaker[q - a] ??= source;
      }
    }

    // Which entity a cue at tokens [from, to) is said of: one right after it (فشل التحالف, جرائم
    // داعش, نجحت قسد) or right before it (داعش الإرهابي); else the target the sentence names,
    // the nearest if several; else the entity the text was last about.
    const subjectOf = (from: number, to: number): string | undefined => {
      for (const m of inSentence) if (m.from >= to && m.from - to <= ADJACENT) return m.id;
      for (const m of inSentence) if (m.to <= from && from - m.to <= ADJACENT) return m.id;
      let best: string | undefined;
      let bestDistance = Infinity;
      for (const m of inSentence) {
        if (!targets.has(m.id)) continue;
        const d = m.from >= to ? m.from - to : from >= m.to ? from - m.to : 0;
        if (d < bestDistance) {
          bestDistance = d;
          best = m.id;
        }
      }
      if (best !== undefined) return best;
      return inSentence.length ? undefined : carried;
    };

    const add = (target: string | undefined, from: number, to: number, cue: string, polarity: 1 | -1, weight: number): void => {
      if (target === undefined || !targets.has(target)) return;
      const voice = speaker[from - a] === undefined ? 'author' : 'attributed';
      const e: Evidence = {
        start: srcStart(from),
        end: srcEnd(to - 1),
        sentence: sentenceSpan,
        cue,
        polarity,
        weight: round(weight),
        voice,
        ...(voice === 'attributed' ? { source: speaker[from - a]! } : {}),
      };
      evidence.get(target)!.push(e);
      hedging.set(e, hedge);
    };

    // Evaluative cues.
    let lastCueEnd = -Infinity;
    let lastPolarity = 0;
    for (let k = a; k < b; k++) {
      if (!isWord(k)) continue;
      const hit = phraseAt(tables.cues, f, starts, ends, count, k, isWord, true, word.at(k));
      if (!hit) continue;
      const cue = hit.phrase.value;
      let polarity = cue.polarity;
      let weight = cue.weight;
      let negated = false, scaled = false;
      for (const s of shifters) {
        if (s.kind === 'negation' && !negated && s.to <= k && k - s.to < Math.max(1, s.scope)) {
          polarity = -polarity as 1 | -1;
          weight *= Math.abs(s.factor);
          negated = true;
        } else if ((s.kind === 'intensifier' || s.kind === 'diminisher') && !scaled) {
          const d = s.to <= k ? k - s.to : s.from >= hit.to ? s.from - hit.to : -1;
          if (d >= 0 && d < Math.max(1, s.scope)) {
            weight *= s.factor;
            scaled = true;
          }
        }
      }
      // After لكن or إلا أن the point is made (×1.5) and what came before is conceded (÷1.5);
      // the clause after رغم or مع أن is the conceded one (×0.5).
      if (contrastAt >= 0) weight *= k > contrastAt ? contrastFactor : contrastFactor > 1 ? 1 / contrastFactor : 1;
      k = hit.to - 1;
      // A cue right after a cue of the other sign is what that one governs (فشل في حماية
      // المدنيين: the failure counts, not the protection).
      if (hit.from - lastCueEnd <= GOVERNED && cue.polarity !== lastPolarity) continue;
      lastCueEnd = hit.to;
      lastPolarity = polarity;
      add(subjectOf(hit.from, hit.to), hit.from, hit.to, cue.cue, polarity, weight);
    }

    // A rhetorical question about a target (كيف يمكن للتحالف أن …؟).
    if (endsWithQuestionMark(sentence.text)) {
      for (let k = a; k < b; k++) {
        if (!isWord(k)) continue;
        const hit = phraseAt(tables.questions, f, starts, ends, count, k, isWord, true, word.at(k));
        if (!hit) continue;
        const after = inSentence.find((m) => m.from >= hit.to);
        add(after?.id ?? subjectOf(hit.from, hit.to), hit.from, hit.to, 'rhetorical-question', -1, hit.phrase.value);
        break;
      }
    }

    // Scare quotes: a short quotation that nobody is reported to say and that names no entity.
    for (const [qa, qb] of quotes) {
      if (qb <= qa || speaker[qa - a] !== undefined) continue;
      let words = 0;
      for (let k = qa; k < qb; k++) if (isWord(k)) words++;
      if (words === 0 || words > SCARE_QUOTE_WORDS || inSentence.some((m) => m.from >= qa && m.from < qb)) continue;
      add(subjectOf(qa, qb), qa, qb, 'scare-quotes', -1, 1);
    }

    // The entity this sentence was about, for the next sentence if it names none: a target it names,
    // else the first entity it names (the subject, in a verb-first sentence).
    if (inSentence.length) carried = (inSentence.find((m) => targets.has(m.id)) ?? inSentence[0]!).id;
  }

  return wanted.map((target): StanceReport => {
    const ev = evidence.get(target)!.sort((x, y) => x.start - y.start);
    const author = ev.filter((e) => e.voice === 'author');
    const s = summarize(author, (e) => hedging.get(e) ?? 1);
    const sources = new Map<string, Evidence[]>();
    for (const e of ev) if (e.source !== undefined) sources.set(e.source, [...(sources.get(e.source) ?? []), e]);
    const bySource: SourceStance[] = [...sources].map(([source, list]) => {
      const t = summarize(list, () => 1);
      return { source, label: t.label, score: t.score };
    });
    return { target, label: s.label, score: s.score, confidence: s.confidence, mentions: mentions.filter((m) => targetOf(m) === target), evidence: ev, bySource };
  });
}

function customEntity(t: CustomTarget, i: number): { id: string; type: EntityType; names: { ar: string; en: string }; aliases: string[] } {
  if (t === null || typeof t !== 'object') throw new TypeError(`stance: option "targets"[${i}] must be an entity id or { id, aliases }, got ${describe(t)}`);
  if (!Array.isArray(t.aliases) || t.aliases.length === 0 || t.aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
    throw new TypeError(`stance: option "targets"[${i}], field "aliases": must be a non-empty array of names, got ${describe(t.aliases)}`);
  }
  return { id: t.id, type: t.type ?? 'organization', names: { ar: t.aliases[0]!, en: t.id }, aliases: t.aliases.slice(1) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Whether `s` ends with ؟ or ?, then perhaps closing quotation marks, brackets and white space. */
function endsWithQuestionMark(s: string): boolean {
  let i = s.length - 1;
  // A backwards scan, not a regular expression: /[؟?]\s*["»)]*\s*$/ backtracks quadratically.
  while (i >= 0 && /[\s"'»”)]/.test(s[i]!)) i--;
  return i >= 0 && (s[i] === '؟' || s[i] === '?');
}
