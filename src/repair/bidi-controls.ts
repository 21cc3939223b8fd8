/**
 * @internal
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): invisible
 * characters that reorder what a reader sees (a "Trojan Source" attack hides or reverses text
 * with them). repair() deletes each one with an edit of kind `bidi-control`, before its other
 * repairs, which then work on the text without them.
 */
import { EditBuffer } from './edit-buffer.js';

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

/** The offsets of the controls in `text`, in order. Linear. */
export function findBidiControls(text: string): Int32Array {
  let count = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x202a && isBidiControl(c)) count++;
  }
  const at = new Int32Array(count);
  if (count === 0) return at;
  for (let i = 0, k = 0, n = text.length; k < count && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x202a && isBidiControl(c)) at[k++] = i;
  }
  return at;
}

/** Appends the deletion of the control at `at` of `text` to `out`. */
function addDeletion(out: EditBuffer, text: string, at: number): void {
  const c = text.charCodeAt(at);
  out.add('bidi-control', at, at + 1, '', 1, `U+${c.toString(16).toUpperCase()} ${NAMES[c]!}, an invisible control that reorders the text as it is displayed: removed`);
}

/** `text` without the characters at `controls` (sorted offsets). */
export function withoutControls(text: string, controls: Int32Array): string {
  let clean = '';
  let from = 0;
  for (const at of controls) {
    clean += text.slice(from, at);
    from = at + 1;
  }
  return clean + text.slice(from);
}

/**
 * The edits of `text`: those made on `text` without its controls (at `controls`, sorted offsets),
 * mapped back onto `text`, merged with one deletion per control. An edit whose span holds a
 * control takes it in (its `before` then shows it) and that control's own deletion is dropped.
 * Linear in the edits and controls.
 */
export function mergeWithControls(text: string, controls: Int32Array, inner: EditBuffer): EditBuffer {
  const nc = controls.length;
  // The original offset of the kept character at `p` in the text without controls: p plus the number
  // of controls before it (control j, at original offset c_j, stood at c_j - j once removed).
  let j = 0;
  const orig = (p: number): number => {
    while (j < nc && controls[j]! - j <= p) j++;
    return p + j;
  };
  const n = inner.length;
  const starts = new Int32Array(n), ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // Starts and ends are non-decreasing over sorted, disjoint edits: one pass of the pointer.
    const a = inner.starts[i]!, b = inner.ends[i]!;
    const start = orig(a);
    // The end is just past the original offset of the edit's last character.
    starts[i] = start;
    ends[i] = b === a ? start : orig(b - 1) + 1;
  }
  const out = new EditBuffer(text, n + nc);
  // Controls inside a replacement's span are that edit's (mapped starts and ends never fall on a
  // control: they are offsets of kept characters, or the text's end).
  let m = 0;
  let q = 0;
  while (q < nc || m < n) {
    if (m < n && (q >= nc || starts[m]! < controls[q]!)) {
      out.copy(inner, m, starts[m], ends[m]);
      const end = ends[m++]!;
      while (q < nc && controls[q]! < end) q++; // covered by the edit just added
    } else {
      addDeletion(out, text, controls[q++]!);
    }
  }
  return out;
}
