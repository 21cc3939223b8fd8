/**
 * The progress bar of the command line, on standard error when it is a terminal: documents done
 * and their rate, with a bar when the number of documents is known (files), a count when it is not
 * (JSON Lines, streamed). Redrawn in place (\r), at most ten times a second.
 */
import type { Writable } from 'node:stream';

export interface ProgressState {
  /** Documents done. */
  readonly done: number;
  /** Documents in all, when known. */
  readonly total?: number;
  /** Milliseconds since the start. */
  readonly elapsedMs: number;
}

/** Width of the bar, between its brackets. */
export const BAR_WIDTH = 20;
/** Least time between two frames. */
export const REDRAW_MS = 100;

/**
 * The text of one frame, without the control characters that draw it:
 * `akhbar: [##########..........] 5/10 documents, 2.5/s`, or, with no total,
 * `akhbar: 1234 documents, 617/s`.
 */
export function progressLine({ done, total, elapsedMs }: ProgressState): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const speed = `${rate < 10 ? rate.toFixed(1) : Math.round(rate)}/s`;
  const noun = `document${(total ?? done) === 1 ? '' : 's'}`;
  if (total === undefined) return `akhbar: ${done} ${noun}, ${speed}`;
  const filled = total > 0 ? Math.min(BAR_WIDTH, Math.floor((BAR_WIDTH * done) / total)) : BAR_WIDTH;
  return `akhbar: [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${noun}, ${speed}`;
}

/** Back to the start of the line, and clear it. */
const CLEAR = '\r\x1b[K';

/**
 * Draws the progress on a terminal: {@link tick} once per document done, {@link note} for a
 * message (it clears the bar first), {@link end} at the end (the last frame and a newline). Shown
 * only for more than one document: from the first one when `total` is known and above 1, from
 * the second one when it is not known.
 */
export class Progress {
  private done = 0;
  private readonly start: number;
  private last = -Infinity;
  /** A frame is on the screen. */
  private shown = false;
  /** A frame has been drawn. */
  private drawn = false;

  constructor(
    private readonly out: Writable,
    private readonly total: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
  }

  private get active(): boolean {
    return this.total === undefined ? this.done > 1 : this.total > 1;
  }

  private draw(t: number, end = ''): void {
    this.out.write(CLEAR + progressLine({ done: this.done, total: this.total, elapsedMs: t - this.start }) + end);
    this.last = t;
    this.shown = this.drawn = true;
  }

  tick(): void {
    this.done++;
    const t = this.now();
    if (this.active && (!this.shown || t - this.last >= REDRAW_MS)) this.draw(t);
  }

  /** Writes a message (ending with a newline) above the bar; the bar comes back at the next tick. */
  note(message: string): void {
    if (this.shown) this.out.write(CLEAR);
    this.shown = false;
    this.out.write(message);
  }

  end(): void {
    if (!this.drawn) return;
    this.draw(this.now(), '\n');
    this.shown = false;
  }
}
