/**
 * @internal
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): invisible
 * characters that reorder what a reader sees (a "Trojan Source" attack hides or reverses text
 * with them). repair() deletes each one with an edit of kind `bidi-control`, before its other
 * repairs, which then work on the text without them.
 */
import { makeEdit, type Edit } from './edit.js';

/** Names of the controls, for the edits' reasons. */
const NAMES: Readonly<Record<number, string>> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** Whether `c` is an embedding, override or isolate control. */
export function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** One deletion edit per control in `text`, in order. Linear. */
export function detectBidiControls(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x202a || !isBidiControl(c)) continue;
    const name = NAMES[c]!;
    edits.push(makeEdit(text, 'bidi-control', i, i + 1, '', 1, `U+${c.toString(16).toUpperCase()} ${name}, an invisible control that reorders the text as it is displayed: removed`));
  }
  return edits;
}

/** `text` without the characters that `controls` (sorted deletions) delete. */
export function withoutControls(text: string, controls: readonly Edit[]): string {
  let clean = '';
  let from = 0;
  for (const c of controls) {
    clean += text.slice(from, c.start);
    from = c.end;
  }
  return clean + text.slice(from);
}

/**
 * Maps edits made on `text` without its controls (deleted by `controls`, sorted) back onto `text`,
 * and merges them with the deletions. An edit whose span holds a control takes it in (its `before`
 * then shows it) and that control's own deletion is dropped. Linear in the edits.
 */
export function mergeWithControls(text: string, controls: readonly Edit[], inner: readonly Edit[]): Edit[] {
  // The original offset of the kept character at `p` in the text without controls: p plus the number
  // of controls before it (control j, at original offset c_j, stood at c_j - j once removed).
  let j = 0;
  const orig = (p: number): number => {
    while (j < controls.length && controls[j]!.start - j <= p) j++;
    return p + j;
  };
  const mapped: Edit[] = [];
  for (const e of inner) {
    // Starts and ends are non-decreasing over sorted, disjoint edits: one pass of the pointer.
    const start = orig(e.start);
    // The end is just past the original offset of the edit's last character.
    const end = e.end === e.start ? start : orig(e.end - 1) + 1;
    mapped.push(start === e.start && end === e.end ? e : Object.freeze({ ...e, start, end, before: text.slice(start, end) }));
  }
  // Controls inside a replacement's span are that edit's (mapped starts and ends never fall on a
  // control: they are offsets of kept characters, or the text's end).
  const covered = new Uint8Array(controls.length);
  let k = 0;
  for (const e of mapped) {
    while (k < controls.length && controls[k]!.start < e.start) k++;
    for (let q = k; q < controls.length && controls[q]!.start < e.end; q++) covered[q] = 1;
  }
  const out: Edit[] = [];
  let m = 0;
  for (let q = 0; q < controls.length; q++) {
    const c = controls[q]!;
    while (m < mapped.length && mapped[m]!.start < c.start) out.push(mapped[m++]!);
    if (!covered[q]) out.push(c);
  }
  while (m < mapped.length) out.push(mapped[m++]!);
  return out;
}
