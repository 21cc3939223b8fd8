/**
 * The playground page: loads akhbar's browser build, analyses the text in the text box, and shows
 * the repairs, entities, sentences and stance as highlights in the text and as lists.
 *
 * Every piece of the user's text goes into the page as a text node (no innerHTML).
 */
import './style.css';
import type { AnalyzedText, Edit, Evidence, Mention, StanceReport } from 'akhbar';
import { renderLayers, sortLayer, type Annotation } from './layers.js';
import { SAMPLES } from './samples.js';

type Akhbar = typeof import('akhbar');

// ---------------------------------------------------------------------------------------------
// DOM helpers

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`playground: #${id} is missing from the page`);
  return el as T;
}

interface Props {
  readonly class?: string;
  readonly title?: string;
  readonly lang?: string;
  readonly dir?: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Creates an element; strings among the children become text nodes. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class !== undefined) el.className = props.class;
  if (props.title !== undefined) el.title = props.title;
  if (props.lang !== undefined) el.lang = props.lang;
  if (props.dir !== undefined) el.dir = props.dir;
  for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = v;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** Arabic inside English: isolated, so that the words keep their order around arrows and colons. */
const ar = (text: string, cls?: string): HTMLElement => h('bdi', { lang: 'ar', class: cls ?? 'ar' }, text);

/** The same for plain text (title attributes): first-strong isolate … pop directional isolate. */
const iso = (text: string): string => `\u2068${text}\u2069`;

/** Shows invisible characters of a repair (a line break, a space). */
function visible(s: string): string {
  if (s === '') return '∅';
  return s.replace(/\n/g, '↵').replace(/^ +$/, (m) => '␣'.repeat(m.length));
}

const fmtMs = (ms: number): string => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const fmtSigned = (x: number): string => (x > 0 ? '+' : x < 0 ? '−' : '±') + Math.abs(x).toFixed(2);

const TYPE_LABEL: Record<string, string> = { person: 'person', location: 'location', organization: 'organization' };
const LABEL_TEXT: Record<string, string> = { favor: 'favourable', against: 'critical', neutral: 'neutral', mixed: 'mixed' };
const KIND_TEXT: Record<string, string> = {
  'run-on': 'run-on words split',
  quote: 'quotation marks',
  'alef-maqsura': 'final ya → alef maqsura',
  'hamzat-wasl': 'hamza on hamzat al-wasl',
  madda: 'missing madda',
  hamza: 'hamza restored',
  'hard-wrap': 'line break joined',
  'bidi-punct': 'punctuation after the number',
  whitespace: 'spacing',
};

// ---------------------------------------------------------------------------------------------
// The page's elements

const textBox = byId<HTMLTextAreaElement>('text');
const analyseButton = byId<HTMLButtonElement>('analyse');
const liveBox = byId<HTMLInputElement>('live');
const statusLine = byId<HTMLParagraphElement>('status');
const timing = byId<HTMLOutputElement>('timing');
const results = byId<HTMLElement>('results');
const annotated = byId<HTMLDivElement>('annotated');
const inspector = byId<HTMLDivElement>('inspector');
const repairedText = byId<HTMLParagraphElement>('repaired');
const samples = byId<HTMLDivElement>('samples');

/** What the inspector shows for a highlight, by element. */
const info = new WeakMap<Element, () => (Node | string)[]>();

let lib: Akhbar | null = null;
/** How long loading the library (its code and data) took. */
let loadMs = 0;
let runs = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

// ---------------------------------------------------------------------------------------------
// Samples

for (const s of SAMPLES) {
  const b = h('button', { class: 'sample', title: s.note, data: { sample: s.id }, attrs: { type: 'button', 'aria-pressed': 'false' } }, ar(s.label));
  b.addEventListener('click', () => {
    textBox.value = s.text;
    markSample(s.id);
    analyseNow();
  });
  samples.append(b);
}

function markSample(id: string | null): void {
  for (const b of samples.querySelectorAll<HTMLButtonElement>('button.sample')) b.setAttribute('aria-pressed', String(b.dataset.sample === id));
}

textBox.value = SAMPLES[0]!.text;
markSample(SAMPLES[0]!.id);

// ---------------------------------------------------------------------------------------------
// Analysis

textBox.addEventListener('input', () => {
  markSample(SAMPLES.find((s) => s.text === textBox.value)?.id ?? null);
  if (!liveBox.checked) return;
  clearTimeout(timer);
  timer = setTimeout(analyseNow, 350);
});
textBox.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    analyseNow();
  }
});
analyseButton.addEventListener('click', () => analyseNow());

function analyseNow(): void {
  clearTimeout(timer);
  if (lib === null) return;
  const text = textBox.value;
  const t0 = performance.now();
  let a: AnalyzedText;
  try {
    a = lib.analyze(text);
  } catch (err) {
    setStatus('error', `The analysis failed: ${err instanceof Error ? err.message : String(err)}`);
    results.dataset.state = 'error';
    return;
  }
  const ms = performance.now() - t0;
  const t1 = performance.now();
  show(a);
  const drawMs = performance.now() - t1;
  runs++;
  timing.value = `analyze(): ${fmtMs(ms)} ms · drawing: ${fmtMs(drawMs)} ms`;
  timing.dataset.ms = ms.toFixed(3);
  setStatus(
    'ready',
    `Analysed ${text.length} characters in ${fmtMs(ms)} ms` +
      (runs === 1 ? ` (the first run also decodes the lexicon and builds the gazetteer; loading akhbar took ${fmtMs(loadMs)} ms).` : '.'),
  );
  results.dataset.state = 'done';
  results.dataset.runs = String(runs);
}

function setStatus(state: 'loading' | 'ready' | 'error', message: string): void {
  statusLine.dataset.state = state;
  statusLine.setAttribute('role', state === 'error' ? 'alert' : 'status');
  statusLine.textContent = message;
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** An entity's display name: the gazetteer's Arabic name, or the text's first surface. */
function entityName(id: string, mentions: readonly Mention[]): string {
  return lib?.defaultGazetteer().get(id)?.names.ar ?? mentions.find((m) => m.entityId === id)?.surface ?? id;
}

/** The words around an edit, before and after all the edits inside them. */
function wordsAround(text: string, edits: readonly Edit[], e: Edit): { start: number; end: number; before: string; after: string } {
  let s = e.start;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  let t = e.end;
  while (t < text.length && !/\s/.test(text[t]!)) t++;
  let after = '';
  let pos = s;
  for (const x of edits) {
    if (x.start < s || x.end > t || x.start < pos) continue;
    after += text.slice(pos, x.start) + x.after;
    pos = x.end;
  }
  return { start: s, end: t, before: text.slice(s, t), after: after + text.slice(pos, t) };
}

function show(a: AnalyzedText): void {
  const { text } = a;
  const edits = a.repaired?.edits.toArray() ?? [];
  const mentions = a.entities ?? [];
  const sentences = a.sentences ?? [];
  const reports = a.stance ?? [];

  // The layers of highlights, outermost first.
  const sentenceLayer: Annotation[] = sentences.map((s, i) => ({
    start: s.start,
    end: s.end,
    make: () => {
      const el = h('span', { class: `sent ${i % 2 === 1 ? 'sent--odd' : 'sent--even'}`, data: { sentence: String(i) } });
      info.set(el, () => [chip('sent', `sentence ${i + 1}`), ` of ${sentences.length}, characters ${s.start}–${s.end}`]);
      return el;
    },
  }));

  const entityLayer: Annotation[] = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    make: () => {
      const el = h('span', {
        class: `ent ent--${m.type}`,
        title: `${TYPE_LABEL[m.type] ?? m.type}: ${m.entityId} (${m.kind}${m.fuzzy ? `, ${m.fuzzy.distance} edit away` : ''})`,
        data: { entityId: m.entityId, type: m.type, kind: m.kind },
        attrs: { tabindex: '0' },
      });
      info.set(el, () => [
        chip(`ent ent--${m.type}`, TYPE_LABEL[m.type] ?? m.type),
        ' ',
        h('code', {}, m.entityId),
        ' ',
        ar(entityName(m.entityId, mentions)),
        ` · found as ${m.kind}${m.fuzzy ? `, ${m.fuzzy.distance} edit away` : ''}`,
      ]);
      return el;
    },
  }));

  // Evidence of all the reports, merged by span (two targets may share a cue).
  const evidenceBySpan = new Map<string, { start: number; end: number; items: { target: string; e: Evidence }[] }>();
  for (const r of reports) {
    for (const e of r.evidence) {
      const key = `${e.start}:${e.end}`;
      const group = evidenceBySpan.get(key) ?? { start: e.start, end: e.end, items: [] };
      group.items.push({ target: r.target, e });
      evidenceBySpan.set(key, group);
    }
  }
  const evidenceLayer: Annotation[] = [...evidenceBySpan.values()].map((g) => ({
    start: g.start,
    end: g.end,
    make: () => {
      const pos = g.items.some((x) => x.e.polarity > 0);
      const neg = g.items.some((x) => x.e.polarity < 0);
      const polarity = pos && neg ? 'mixed' : pos ? 'favor' : 'against';
      const voice = g.items.some((x) => x.e.voice === 'author') ? 'author' : 'attributed';
      const lines = g.items.map(({ target, e }) => `${target}: ${evidenceLine(e)}`);
      const el = h('span', {
        class: `ev ev--${polarity} ev--${voice}`,
        title: `Stance cue\n${lines.join('\n')}`,
        data: { span: `${g.start}:${g.end}`, targets: [...new Set(g.items.map((x) => x.target))].join(' '), polarity, voice },
        attrs: { tabindex: '0' },
      });
      info.set(el, () =>
        g.items.flatMap(({ target, e }, i) => [
          ...(i > 0 ? [h('br')] : []),
          chip(`ev ev--${e.polarity > 0 ? 'favor' : 'against'} ev--${e.voice}`, e.polarity > 0 ? 'favourable cue' : 'critical cue'),
          ' ',
          ar(e.cue),
          ` about `,
          h('code', {}, target),
          ` · weight ${e.weight.toFixed(2)} · ${e.voice === 'author' ? "the author's" : `said by ${e.source ?? 'a source'}`}`,
        ]),
      );
      return el;
    },
  }));

  // The word of each repair inside one word (not the spacing repairs), lightly: the repaired
  // letter alone may be too small to see, or be part of a ligature (the hamza in لإ).
  const repairInfo = (e: Edit): (Node | string)[] => {
    const w = wordsAround(text, edits, e);
    return [
      chip('edit', 'repair'),
      ' ',
      ar(visible(w.before), 'ar before'),
      ' → ',
      ar(visible(w.after), 'ar after'),
      ` · ${KIND_TEXT[e.kind] ?? e.kind} · confidence ${e.confidence} · ${e.reason}`,
    ];
  };
  const repairTitle = (e: Edit): string => {
    const w = wordsAround(text, edits, e);
    return `Repair (${e.kind}): ${iso(visible(w.before))} → ${iso(visible(w.after))}\n${iso(visible(e.before))} → ${iso(visible(e.after))}, confidence ${e.confidence}\n${e.reason}`;
  };
  const words = new Map<string, { start: number; end: number; edits: Edit[] }>();
  for (const e of edits) {
    const w = wordsAround(text, edits, e);
    if (/\s/.test(w.before)) continue;
    const key = `${w.start}:${w.end}`;
    words.set(key, { start: w.start, end: w.end, edits: [...(words.get(key)?.edits ?? []), e] });
  }
  const wordLayer: Annotation[] = [...words.values()].map((w) => ({
    start: w.start,
    end: w.end,
    make: () => {
      const el = h('span', { class: 'edit-word', title: w.edits.map(repairTitle).join('\n\n') });
      info.set(el, () => w.edits.flatMap((e, i) => [...(i > 0 ? [h('br')] : []), ...repairInfo(e)]));
      return el;
    },
  }));

  const editLayer: Annotation[] = edits.map((e, i) => ({
    start: e.start,
    end: e.end,
    make: () => {
      const w = wordsAround(text, edits, e);
      const el = h('mark', {
        class: `edit edit--${e.kind}${e.start === e.end ? ' edit--insert' : ''}`,
        title: repairTitle(e),
        data: { edit: String(i), kind: e.kind, before: e.before, after: e.after, wordBefore: w.before, wordAfter: w.after },
        attrs: { tabindex: '0' },
      });
      // Inside a word, the word's highlight tells the inspector about it.
      if (!words.has(`${w.start}:${w.end}`)) info.set(el, () => repairInfo(e));
      return el;
    },
  }));

  annotated.replaceChildren();
  if (text.length === 0) {
    annotated.append(h('span', { class: 'placeholder', lang: 'en', dir: 'ltr' }, 'Nothing to analyse: type or pick a text.'));
  } else {
    renderLayers(annotated, text, [sortLayer(sentenceLayer), sortLayer(entityLayer), sortLayer(evidenceLayer), sortLayer(wordLayer), sortLayer(editLayer)]);
  }
  resetInspector();
  repairedText.textContent = a.repaired?.text ?? text;

  showRepairs(text, edits);
  showEntities(mentions);
  showSentences(sentences);
  showStance(text, reports, mentions);
}

function chip(cls: string, label: string): HTMLElement {
  return h('span', { class: `chip ${cls}` }, label);
}

function evidenceLine(e: Evidence): string {
  return `${iso(e.cue)} ${e.polarity > 0 ? 'favourable' : 'critical'} ×${e.weight.toFixed(2)}, ${e.voice === 'author' ? 'author' : `attributed to ${e.source ?? 'a source'}`}`;
}

function setCount(id: string, n: number): void {
  byId(id).textContent = String(n);
}

function empty(list: HTMLElement, message: string): void {
  list.append(h('li', { class: 'none' }, message));
}

/** A list item that lights up, and focuses on click, the highlights `match` selects. */
function linked(li: HTMLElement, match: (el: HTMLElement) => boolean, selector: string): HTMLElement {
  const targets = (): HTMLElement[] => [...annotated.querySelectorAll<HTMLElement>(selector)].filter(match);
  const on = (): void => targets().forEach((el) => el.classList.add('is-hot'));
  const off = (): void => targets().forEach((el) => el.classList.remove('is-hot'));
  li.classList.add('linked');
  li.tabIndex = 0;
  li.addEventListener('mouseenter', on);
  li.addEventListener('mouseleave', off);
  li.addEventListener('focus', on);
  li.addEventListener('blur', off);
  const go = (): void => {
    const first = targets()[0];
    if (first === undefined) return;
    first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    if (first.tabIndex >= 0) first.focus({ preventScroll: true });
  };
  li.addEventListener('click', go);
  li.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      go();
    }
  });
  return li;
}

function showRepairs(text: string, edits: readonly Edit[]): void {
  const list = byId('repairs');
  list.replaceChildren();
  setCount('repairs-count', edits.length);
  if (edits.length === 0) empty(list, 'No repairs: the text looks clean.');
  edits.forEach((e, i) => {
    const w = wordsAround(text, edits, e);
    const li = h(
      'li',
      { class: 'repair', data: { edit: String(i) } },
      h('div', { class: 'pair' }, ar(visible(w.before), 'ar before'), h('span', { class: 'arrow', attrs: { 'aria-label': 'becomes' } }, '→'), ar(visible(w.after), 'ar after')),
      h('div', { class: 'meta' }, chip('edit', e.kind), ` confidence ${e.confidence}`),
      h('div', { class: 'reason' }, e.reason),
    );
    list.append(linked(li, (el) => el.dataset.edit === String(i), 'mark.edit'));
  });
}

function showEntities(mentions: readonly Mention[]): void {
  const list = byId('entities');
  list.replaceChildren();
  const byEntity = new Map<string, Mention[]>();
  for (const m of mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
  setCount('entities-count', byEntity.size);
  if (byEntity.size === 0) empty(list, 'No entities found.');
  for (const [id, ms] of byEntity) {
    const first = ms[0]!;
    const en = lib?.defaultGazetteer().get(id)?.names.en;
    const surfaces = [...new Set(ms.map((m) => m.surface))];
    const li = h(
      'li',
      { class: 'entity', data: { entityId: id, type: first.type } },
      h('div', { class: 'pair' }, chip(`ent ent--${first.type}`, TYPE_LABEL[first.type] ?? first.type), ' ', ar(entityName(id, mentions), 'ar name'), en ? h('span', { class: 'en' }, ` ${en}`) : ''),
      h('div', { class: 'meta' }, h('code', {}, id), ` · ${ms.length} mention${ms.length === 1 ? '' : 's'}: `, ...surfaces.flatMap((s, i) => [i > 0 ? '، ' : '', ar(s)])),
    );
    list.append(linked(li, (el) => el.dataset.entityId === id, 'span.ent'));
  }
}

function showSentences(sentences: readonly { start: number; end: number; text: string }[]): void {
  const list = byId('sentences');
  list.replaceChildren();
  setCount('sentences-count', sentences.length);
  if (sentences.length === 0) empty(list, 'No sentences.');
  sentences.forEach((s, i) => {
    const li = h('li', { class: `sentence ${i % 2 === 1 ? 'sent--odd' : 'sent--even'}`, data: { sentence: String(i) } }, s.text);
    list.append(linked(li, (el) => el.dataset.sentence === String(i), 'span.sent'));
  });
}

function showStance(text: string, reports: readonly StanceReport[], mentions: readonly Mention[]): void {
  const box = byId('stance');
  box.replaceChildren();
  setCount('stance-count', reports.length);
  if (reports.length === 0) {
    box.append(h('p', { class: 'none' }, 'No stance targets: by default a target is an entity the text names at least twice.'));
    return;
  }
  for (const r of reports) {
    // The score on a bar from −1 (critical) to +1 (favourable).
    const pct = ((r.score + 1) / 2) * 100;
    const meter = h(
      'div',
      { class: 'meter', attrs: { role: 'meter', 'aria-valuemin': '-1', 'aria-valuemax': '1', 'aria-valuenow': r.score.toFixed(2), 'aria-label': 'score' } },
      h('span', { class: 'meter-mid' }),
      h('span', { class: `meter-dot label--${r.label}`, attrs: { style: `inset-inline-start: calc(${pct.toFixed(1)}% - 6px)` } }),
    );
    const evidence = h('ol', { class: 'evidence' });
    if (r.evidence.length === 0) evidence.append(h('li', { class: 'none' }, 'No evaluative cues about it.'));
    for (const e of r.evidence) {
      const li = h(
        'li',
        { class: `ev-item ev-item--${e.polarity > 0 ? 'favor' : 'against'}` },
        h('span', { class: 'sign', attrs: { 'aria-label': e.polarity > 0 ? 'favourable' : 'critical' } }, e.polarity > 0 ? '+' : '−'),
        ' ',
        ar(text.slice(e.start, e.end), 'ar cue'),
        h('span', { class: 'meta' }, ` ×${e.weight.toFixed(2)} · ${e.voice === 'author' ? 'author' : `attributed: ${e.source ?? 'a source'}`}`),
      );
      evidence.append(linked(li, (el) => el.dataset.span === `${e.start}:${e.end}`, 'span.ev'));
    }
    const card = h(
      'article',
      { class: `report label--${r.label}`, data: { target: r.target, label: r.label } },
      h(
        'header',
        {},
        h('h3', {}, ar(entityName(r.target, mentions), 'ar name'), ' ', h('code', {}, r.target)),
        h('span', { class: `badge label--${r.label}` }, LABEL_TEXT[r.label] ?? r.label),
      ),
      meter,
      h(
        'p',
        { class: 'meta' },
        `score ${fmtSigned(r.score)} · confidence ${Math.round(r.confidence * 100)} % · ${r.mentions.length} mention${r.mentions.length === 1 ? '' : 's'} · ${r.evidence.length} cue${r.evidence.length === 1 ? '' : 's'}`,
      ),
      evidence,
      ...(r.bySource.length > 0
        ? [
            h(
              'p',
              { class: 'sources' },
              'Quoted sources: ',
              ...r.bySource.flatMap((s, i) => [
                i > 0 ? ', ' : '',
                h('code', {}, s.source),
                ' ',
                h('span', { class: `badge small label--${s.label}` }, LABEL_TEXT[s.label] ?? s.label),
                ` ${fmtSigned(s.score)}`,
              ]),
            ),
          ]
        : []),
    );
    // Hovering the card lights up its evidence and mentions in the text.
    const targetsOf = (): HTMLElement[] => [
      ...[...annotated.querySelectorAll<HTMLElement>('span.ev')].filter((el) => el.dataset.targets?.split(' ').includes(r.target)),
      ...[...annotated.querySelectorAll<HTMLElement>('span.ent')].filter((el) => el.dataset.entityId === r.target),
    ];
    card.addEventListener('mouseenter', () => targetsOf().forEach((el) => el.classList.add('is-target')));
    card.addEventListener('mouseleave', () => targetsOf().forEach((el) => el.classList.remove('is-target')));
    box.append(card);
  }
}

// ---------------------------------------------------------------------------------------------
// The inspector: what the highlight under the pointer, or with the focus, is.

function resetInspector(): void {
  inspector.replaceChildren(h('span', { class: 'placeholder' }, 'Hover over or focus (Tab) a highlight to see what it is.'));
}

function inspect(target: EventTarget | null): void {
  const rows: Node[] = [];
  for (let el = target instanceof Element ? target : null; el !== null && el !== annotated; el = el.parentElement) {
    const f = info.get(el);
    if (f !== undefined) rows.push(h('div', { class: 'row' }, ...f()));
  }
  if (rows.length === 0) resetInspector();
  else inspector.replaceChildren(...rows);
}

annotated.addEventListener('mouseover', (e) => inspect(e.target));
annotated.addEventListener('focusin', (e) => inspect(e.target));
annotated.addEventListener('mouseleave', () => {
  if (!annotated.contains(document.activeElement)) resetInspector();
});

// ---------------------------------------------------------------------------------------------
// Start: load the library (the lexicon and the gazetteer are most of it), then analyse.

async function start(): Promise<void> {
  const t0 = performance.now();
  try {
    lib = await import('akhbar');
  } catch (err) {
    setStatus('error', `Could not load akhbar: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  loadMs = performance.now() - t0;
  document.documentElement.dataset.akhbar = 'loaded';
  analyseButton.disabled = false;
  setStatus('ready', `akhbar loaded in ${fmtMs(loadMs)} ms.`);
  analyseNow();
}

void start();
