// File system edges: reading articles (UTF-8 checks, or Latin-1 on request), finding inputs in folders,
// atomic writes.
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ParleyError } from './errors.js';

export interface ArticleFile {
  readonly path: string;
  /** File name without its extension. */
  readonly stem: string;
  /** Text as read, less a leading byte-order mark. */
  readonly text: string;
  readonly sha256: string;
  readonly name: string;
  /** Set when the article can be built but deserves a word, e.g. `<path>: warning: the article is empty ...`. */
  readonly warning?: string;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How article files are decoded: UTF-8 (the default, strict), or Latin-1 for files that are not UTF-8. */
export const ENCODINGS = ['utf8', 'latin1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** `value` as an Encoding, or a ParleyError listing the choices. */
export function encodingOf(value: string | undefined): Encoding {
  if (value === undefined) return 'utf8';
  if ((ENCODINGS as readonly string[]).includes(value)) return value as Encoding;
  throw new ParleyError('bad-option', `unknown encoding "${value}"; choose one of ${ENCODINGS.join(', ')}`);
}

export function stemOf(file: string): string {
  const base = path.basename(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Reads one article, or throws a ParleyError that says what to do. An empty or whitespace-only file is
 * read (its graph has just the article node) with a warning.
 */
export async function readArticle(file: string, maxBytes = DEFAULT_MAX_BYTES, encoding: Encoding = 'utf8'): Promise<ArticleFile> {
  encoding = encodingOf(encoding); // callers in plain JavaScript can pass anything
  let bytes: Buffer;
  try {
    checkSize(file, await fs.stat(file), maxBytes);
    bytes = await fs.readFile(file);
  } catch (error) {
    throw readError(error, file);
  }
  return decodeArticle(file, bytes, encoding);
}

/** readArticle without the event loop, for build workers, where nothing else waits. */
export function readArticleSync(file: string, maxBytes = DEFAULT_MAX_BYTES, encoding: Encoding = 'utf8'): ArticleFile {
  encoding = encodingOf(encoding);
  let bytes: Buffer;
  try {
    checkSize(file, statSync(file), maxBytes);
    bytes = readFileSync(file);
  } catch (error) {
    throw readError(error, file);
  }
  return decodeArticle(file, bytes, encoding);
}

function checkSize(file: string, stat: Stats, maxBytes: number): void {
  if (!stat.isFile()) throw new ParleyError('not-a-file', 'not a regular file; give an article file or a folder of .txt files', file);
  if (stat.size > maxBytes) throw new ParleyError('too-large', `${stat.size} bytes is over the limit of ${maxBytes}; split the file or raise --max-bytes`, file);
}

function readError(error: unknown, file: string): ParleyError {
  if (error instanceof ParleyError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ParleyError('missing', 'no such file; check the path', file);
  if (code === 'ENOTDIR') return new ParleyError('missing', 'no such file (a part of the path is a file, not a folder); check the path', file);
  if (code === 'EACCES' || code === 'EPERM') return new ParleyError('unreadable', 'permission denied; make the file readable', file);
  if (code === 'ELOOP') return new ParleyError('unreadable', 'a loop of symbolic links; point the path at a file', file);
  return new ParleyError('unreadable', `cannot read (${code ?? String(error)})`, file);
}

/** The article in `bytes`: checked (binary, encoding, HTML), decoded, less one byte-order mark. */
function decodeArticle(file: string, bytes: Buffer, encoding: Encoding): ArticleFile {
  const nul = bytes.indexOf(0);
  // No text encoding puts NUL bytes in prose, so --encoding does not help here.
  if (nul >= 0) throw new ParleyError('binary', `binary data (a NUL byte at byte ${nul}); give a plain text file`, file);
  let text: string;
  if (encoding === 'latin1') text = decodeLatin1(bytes);
  else {
    try {
      // ignoreBOM: the decoder keeps a leading mark and the line below removes it, once (a second U+FEFF is text).
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new ParleyError('not-utf8', `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); convert it to UTF-8, or read it as Latin-1 with --encoding latin1`, file);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) {
    throw new ParleyError('html', 'looks like HTML; convert it to plain text first (for example with pandoc -t plain)', file);
  }
  const empty = /^\s*$/.test(text);
  return {
    path: file, stem: stemOf(file), name: path.basename(file), text, sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(empty ? { warning: `${file}: warning: the article is empty (${bytes.length ? 'only whitespace' : 'no bytes'}); its graph has just the article node and its provenance` } : {}),
  };
}

/** What Windows-1252 puts at 0x80-0x9F (curly quotes, dashes, the euro sign); its five gaps stay C1 controls. */
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/**
 * Latin-1 as web browsers read it: ISO-8859-1, except that 0x80-0x9F (control codes nobody writes in
 * text) are Windows-1252's punctuation, which is what such files hold in practice. Written out rather
 * than left to TextDecoder, whose windows-1252 table has differed between Node versions.
 */
export function decodeLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80]!);
}

/**
 * Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. The second
 * byte's range depends on the first (Unicode Table 3-7), which rules out overlong forms, UTF-16 surrogates
 * and code points above U+10FFFF.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    const second = bytes[i + 1] ?? 0;
    if (!length || second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * Expands folders into their *.txt files, or the files `accept` takes (recursively, sorted); files are kept
 * as given; a file named twice is listed once.
 */
export async function listInputs(inputs: readonly string[], accept: (name: string) => boolean = (name) => name.endsWith('.txt')): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let stat;
    try { stat = await fs.stat(input); } catch { out.push(input); continue; } // reported when read
    if (!stat.isDirectory()) { out.push(input); continue; }
    const entries = await fs.readdir(input, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile() && accept(e.name))
      .map((e) => path.join(e.parentPath, e.name)).sort();
    out.push(...files);
  }
  const seen = new Set<string>();
  return out.filter((file) => {
    const key = path.resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
/** A temporary name beside `file`, unique to this process and call. */
const tempName = (file: string): string => `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;

export async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = tempName(file);
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw new ParleyError('write-failed', `cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the output folder`, file);
  }
}

/** writeAtomic without the event loop, for build workers. */
export function writeAtomicSync(file: string, content: string): void {
  const tmp = tempName(file);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new ParleyError('write-failed', `cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the output folder`, file);
  }
}
