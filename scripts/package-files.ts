/**
 * What the published package may contain: dist/, README.md, LICENSE, CHANGELOG.md and
 * package.json. Checked by `npm run release:dry` and by test/package.test.ts.
 */
const ALLOWED = /^(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;

/** The paths of `files` (as npm pack lists them) that the package must not contain. */
export function strayFiles(files: readonly string[]): string[] {
  return files.filter((f) => !ALLOWED.test(f));
}
