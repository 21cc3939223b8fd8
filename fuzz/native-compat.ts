/**
 * Jazzer.js 4.0.0 ships its libFuzzer addon prebuilt (node_modules/@jazzer.js/fuzzer/prebuilds/
 * fuzzer-linux-x64.node) against glibc 2.38 and the libstdc++ of GCC 13. On older systems (Debian
 * 12: glibc 2.36, GCC 12) it does not load ("version `GLIBC_2.38' not found"). It asks those
 * versions for three symbols only:
 *
 * - `__isoc23_strtol` and `__isoc23_strtoul` (GLIBC_2.38): strtol and strtoul that also read a
 *   `0b` prefix, which libFuzzer's flag parsing never sees;
 * - `_ZSt21ios_base_library_initv` (GLIBCXX_3.4.32): a reference GCC 13's <iostream> adds to pull
 *   in the stream initialisation; it has no relocation, nothing ever binds or calls it.
 *
 * {@link compatibleAddon} writes a copy of the addon to `.fuzz/native/` in which those two calls
 * are renamed to strtol and strtoul (GLIBC_2.2.5) and the version requirements GLIBC_2.38 and
 * GLIBCXX_3.4.32 point at GLIBC_2.2.5 and GLIBCXX_3.4; fuzz/native-preload.cjs makes Jazzer load
 * the copy. node_modules is never changed, and nothing of this runs where the prebuilt addon loads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The SysV ELF hash of a version name (what Elf64_Vernaux.vna_hash holds). */
function elfHash(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) {
    h = ((h << 4) + name.charCodeAt(i)) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h ^= g >>> 24;
    h &= ~g >>> 0;
  }
  return h >>> 0;
}

interface Section {
  readonly name: string;
  readonly type: number;
  readonly offset: number;
  readonly size: number;
  readonly link: number;
  readonly entsize: number;
}

function sections(buf: Buffer): Section[] {
  if (buf.readUInt32BE(0) !== 0x7f454c46 || buf[4] !== 2 || buf[5] !== 1) throw new Error('not a 64-bit little-endian ELF file');
  const shoff = Number(buf.readBigUInt64LE(0x28));
  const shentsize = buf.readUInt16LE(0x3a);
  const shnum = buf.readUInt16LE(0x3c);
  const shstrndx = buf.readUInt16LE(0x3e);
  const raw = Array.from({ length: shnum }, (_, i) => {
    const at = shoff + i * shentsize;
    return {
      nameOff: buf.readUInt32LE(at),
      type: buf.readUInt32LE(at + 4),
      offset: Number(buf.readBigUInt64LE(at + 0x18)),
      size: Number(buf.readBigUInt64LE(at + 0x20)),
      link: buf.readUInt32LE(at + 0x28),
      entsize: Number(buf.readBigUInt64LE(at + 0x38)),
    };
  });
  const names = raw[shstrndx]!;
  return raw.map((s) => ({ ...s, name: cString(buf, names.offset + s.nameOff) }));
}

function cString(buf: Buffer, at: number): string {
  const end = buf.indexOf(0, at);
  return buf.toString('latin1', at, end);
}

/** Offset in the string table of `s` as a whole string (not a suffix), or -1. */
function findString(buf: Buffer, table: Section, s: string): number {
  const needle = Buffer.from(`\0${s}\0`, 'latin1');
  const at = buf.subarray(table.offset, table.offset + table.size).indexOf(needle);
  return at < 0 ? -1 : at + 1;
}

const VERSIONS: Record<string, string> = { 'GLIBC_2.38': 'GLIBC_2.2.5', 'GLIBCXX_3.4.32': 'GLIBCXX_3.4' };
const SYMBOLS: Record<string, string> = { __isoc23_strtol: 'strtol', __isoc23_strtoul: 'strtoul' };

/** Rewrites the addon as described in the module's comment; returns what it changed. */
export function patchAddon(buf: Buffer): string[] {
  const all = sections(buf);
  const dynstr = all.find((s) => s.name === '.dynstr');
  const dynsym = all.find((s) => s.name === '.dynsym');
  const verneed = all.find((s) => s.name === '.gnu.version_r');
  if (!dynstr || !dynsym || !verneed) throw new Error('no .dynstr, .dynsym or .gnu.version_r section');
  const changes: string[] = [];
  // Version requirements: Elf64_Verneed { vn_version, vn_cnt, vn_file, vn_aux, vn_next }, then
  // Elf64_Vernaux { vna_hash, vna_flags, vna_other, vna_name, vna_next }.
  let need = verneed.offset;
  for (;;) {
    const cnt = buf.readUInt16LE(need + 2);
    let aux = need + buf.readUInt32LE(need + 8);
    for (let i = 0; i < cnt; i++) {
      const name = cString(buf, dynstr.offset + buf.readUInt32LE(aux + 8));
      const to = VERSIONS[name];
      if (to !== undefined) {
        const off = findString(buf, dynstr, to);
        if (off < 0) throw new Error(`no string ${to} in .dynstr`);
        buf.writeUInt32LE(elfHash(to), aux);
        buf.writeUInt32LE(off, aux + 8);
        changes.push(`version ${name} → ${to}`);
      }
      const next = buf.readUInt32LE(aux + 12);
      if (next === 0) break;
      aux += next;
    }
    const next = buf.readUInt32LE(need + 12);
    if (next === 0) break;
    need += next;
  }
  // Symbol names: Elf64_Sym { st_name, st_info, st_other, st_shndx, st_value, st_size } (24 bytes).
  for (let at = dynsym.offset; at < dynsym.offset + dynsym.size; at += 24) {
    const nameAt = dynstr.offset + buf.readUInt32LE(at);
    const name = cString(buf, nameAt);
    const to = SYMBOLS[name];
    if (to === undefined) continue;
    // The new name is a shorter string written over the head of the old one (a suffix shared with
    // another symbol's name, as string tables do, is left intact).
    buf.write(`${to}\0`, nameAt, 'latin1');
    changes.push(`symbol ${name} → ${to}`);
  }
  return changes;
}

/** Whether the native addon at `path` loads in a fresh Node process; the error when not. */
export function addonLoads(path: string): { ok: true } | { ok: false; error: string } {
  const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path)})`], { encoding: 'utf8' });
  if (r.status === 0) return { ok: true };
  const line = (r.stderr || '').split('\n').find((l) => /Error|not found/.test(l)) ?? `exit code ${r.status}`;
  return { ok: false, error: line.trim() };
}

/** The prebuilt libFuzzer addon of the installed Jazzer.js. */
export function prebuiltAddon(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const pkg = require.resolve('@jazzer.js/fuzzer/package.json', { paths: [require.resolve('@jazzer.js/core/package.json')] });
  return join(dirname(pkg), 'prebuilds', `fuzzer-${process.platform}-${process.arch}.node`);
}

/**
 * The addon to load: undefined when the prebuilt one loads as it is; else the path of a patched
 * copy in `<root>/.fuzz/native/` (made if needed), or an Error saying why there is none.
 */
export function compatibleAddon(root: string): string | undefined | Error {
  const prebuilt = prebuiltAddon(root);
  const first = addonLoads(prebuilt);
  if (first.ok) return undefined;
  if (!/GLIBC_2\.38|GLIBCXX_3\.4\.32/.test(first.error)) return new Error(`the libFuzzer addon of Jazzer.js does not load: ${first.error}`);
  const dir = join(root, '.fuzz', 'native');
  const copy = join(dir, `fuzzer-${process.platform}-${process.arch}.node`);
  mkdirSync(dir, { recursive: true });
  const buf = readFileSync(prebuilt);
  let changes: string[];
  try {
    changes = patchAddon(buf);
  } catch (e) {
    return new Error(`the libFuzzer addon of Jazzer.js needs a newer glibc (${first.error}) and could not be adapted: ${(e as Error).message}`);
  }
  writeFileSync(copy, buf);
  const second = addonLoads(copy);
  if (!second.ok) return new Error(`the libFuzzer addon of Jazzer.js needs a newer glibc (${first.error}); the adapted copy (${changes.join(', ')}) does not load either: ${second.error}`);
  return copy;
}
