/**
 * From evidence to a label: the balance of favorable and critical weight, with thresholds set on
 * the labelled texts of test/fixtures/stance/labelled.tsv (bench/stance.ts prints how they do).
 *
 * @internal
 */
import type { Evidence, StanceLabel } from './report.js';

/** Less evidence than this (total weight) is neutral. */
export const MIN_WEIGHT = 0.9;
/** A balance (score) this far from 0 decides favor or against. */
export const MIN_SCORE = 0.15;
/** Both signs at least this heavy, the lighter at least MIXED_RATIO of the heavier: mixed. (A grid search on the labelled texts chose these values.) */
export const MIXED_WEIGHT = 0.5;
export const MIXED_RATIO = 0.6;
/** Smoothing of the score: a single cue does not make ±1. */
const SMOOTHING = 0.5;

/** The label of favorable weight `plus` and critical weight `minus`. */
export function labelOf(plus: number, minus: number): StanceLabel {
  const total = plus + minus;
  if (total < MIN_WEIGHT) return 'neutral';
  if (plus >= MIXED_WEIGHT && minus >= MIXED_WEIGHT && Math.min(plus, minus) >= MIXED_RATIO * Math.max(plus, minus)) return 'mixed';
  const score = (plus - minus) / (total + SMOOTHING);
  if (score >= MIN_SCORE) return 'favor';
  if (score <= -MIN_SCORE) return 'against';
  return plus > 0 && minus > 0 ? 'mixed' : 'neutral';
}

/**
 * The label, score and confidence of some evidence. Confidence grows with the amount of evidence
 * (1 − e^(−weight/1.5)), with its agreement (|plus − minus| / total), and with how certain its
 * sentences are (hedges lower it, certainty raises it); for a neutral label it is high when there
 * is little evidence.
 */
export function summarize(evidence: readonly Evidence[], hedgeOf: (e: Evidence) => number): { label: StanceLabel; score: number; confidence: number } {
  let plus = 0, minus = 0, hedged = 0;
  for (const e of evidence) {
    if (e.polarity > 0) plus += e.weight;
    else minus += e.weight;
    hedged += e.weight * hedgeOf(e);
  }
  const total = plus + minus;
  const label = labelOf(plus, minus);
  const score = total === 0 ? 0 : (plus - minus) / (total + SMOOTHING);
  const amount = 1 - Math.exp(-total / 1.5);
  const agreement = total === 0 ? 0 : Math.abs(plus - minus) / total;
  const certainty = total === 0 ? 1 : hedged / total;
  const confidence = label === 'neutral' ? 1 - amount * 0.8 : label === 'mixed' ? amount * (1 - agreement) * certainty : amount * (0.4 + 0.6 * agreement) * certainty;
  return { label, score: Math.round(score * 1000) / 1000, confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000 };
}
