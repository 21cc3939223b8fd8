/**
 * Pieces shared by the property tests.
 */

/** The characters U+a … U+b, one string each. */
export const charRange = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i));

/** Runs per property; raise it with AKHBAR_FC_RUNS for a longer hunt (e.g. AKHBAR_FC_RUNS=20000). */
export const NUM_RUNS = Number(process.env.AKHBAR_FC_RUNS ?? 500);
