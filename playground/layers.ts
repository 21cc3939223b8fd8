/**
 * Renders a text with layers of annotations (sentences, entities, evidence, repairs) as nested
 * elements, without ever parsing the text as HTML: every piece of text becomes a text node.
 *
 * Layers are nested in the order given (the first outermost). Within a layer the annotations
 * should not overlap (akhbar's sentences, mentions and edits never do; the page merges evidence by
 * span): one that does is cut to start where the one before it ends. An annotation that crosses
 * the boundary of one in an outer layer is cut in pieces, each made by its `make` and marked
 * `is-piece`. An empty annotation (`start === end`, an inserted space) becomes an empty element at
 * its offset.
 */

/** One annotation: a span of the text and how to make the element that wraps it. */
export interface Annotation {
  readonly start: number;
  readonly end: number;
  /** Makes the (empty) element; it is called once per piece. */
  readonly make: () => HTMLElement;
}

/** Sorts a layer by start, empty annotations before others starting at the same offset. */
export function sortLayer<A extends Annotation>(layer: readonly A[]): A[] {
  return [...layer].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Appends `text` to `parent`, wrapped in the annotations of `layers`.
 * Layers must be sorted (see {@link sortLayer}).
 */
export function renderLayers(parent: Node, text: string, layers: readonly (readonly Annotation[])[]): void {
  render(parent, text, layers, 0, text.length, new Set());
}

function render(
  parent: Node,
  text: string,
  layers: readonly (readonly Annotation[])[],
  start: number,
  end: number,
  inserted: Set<Annotation>,
): void {
  const [layer, ...inner] = layers;
  if (layer === undefined) {
    if (end > start) parent.appendChild(document.createTextNode(text.slice(start, end)));
    return;
  }
  let cursor = start;
  for (const a of layer) {
    if (a.start === a.end) {
      // An insertion belongs to the piece that starts at or before it (the end of the text aside).
      const inside = a.start >= start && (a.start < end || (a.start === end && end === text.length));
      if (!inside || a.start < cursor || inserted.has(a)) continue;
      inserted.add(a);
      render(parent, text, inner, cursor, a.start, inserted);
      parent.appendChild(a.make());
      cursor = a.start;
      continue;
    }
    if (a.end <= start || a.start >= end) continue;
    const s = Math.max(a.start, start, cursor);
    const e = Math.min(a.end, end);
    if (e <= s) continue;
    render(parent, text, inner, cursor, s, inserted);
    const el = a.make();
    if (s > a.start || e < a.end) el.classList.add('is-piece');
    render(el, text, inner, s, e, inserted);
    parent.appendChild(el);
    cursor = e;
  }
  render(parent, text, inner, cursor, end, inserted);
}
