// parley's library API: annotate an article, map it to RDF, build files, validate them.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import type { AnnotateOptions, Document } from './model/document.js';
import { runPipeline } from './pipeline/pipeline.js';
import { toQuads as mapQuads, type MapOptions } from './rdf/map.js';
import { FORMATS, serialize, type Format } from './rdf/serialize.js';
import { DEFAULT_MAX_BYTES, listInputs, readArticle, writeAtomic } from './io.js';
import { ParleyError, isParleyError } from './errors.js';

export type { Document, AnnotateOptions } from './model/document.js';
export type { Format } from './rdf/serialize.js';
export { FORMATS, serialize } from './rdf/serialize.js';
export { validate, formatReport } from './rdf/validate.js';
export { ParleyError, isParleyError } from './errors.js';

/** Annotates one article's text (as read: code-point offsets refer to exactly this string). */
export function annotate(text: string, options: AnnotateOptions & { readonly id?: string } = {}): Document {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return runPipeline({ id: options.id ?? 'article', text: body }, options);
}

export function toQuads(doc: Document, options: MapOptions = {}): Quad[] {
  return mapQuads(doc, options);
}

export interface BuildOptions extends AnnotateOptions {
  readonly outDir: string;
  readonly format?: Format;
  readonly base?: string;
  readonly maxBytes?: number;
  /** Called after each input, for progress and error reporting. */
  readonly onFile?: (result: FileResult) => void;
}

export type FileResult =
  | { readonly ok: true; readonly input: string; readonly output: string; readonly statements: number; readonly actors: number; readonly triples: number }
  | { readonly ok: false; readonly input: string; readonly error: string };

/** Builds one output file per article; a bad file is reported and skipped, never stops the others. */
export async function build(inputs: readonly string[], options: BuildOptions): Promise<FileResult[]> {
  const format = options.format ?? 'turtle';
  const files = await listInputs(inputs);
  if (!files.length) throw new ParleyError('no-input', `no .txt articles found in ${inputs.join(', ')}`);
  await fs.mkdir(options.outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ParleyError('write-failed', `cannot create the output folder (${error.code ?? String(error)}); give a folder path for -o`, options.outDir);
  });
  const seen = new Map<string, string>();
  const results: FileResult[] = [];
  for (const file of files) {
    let result: FileResult;
    try {
      result = await buildOne(file, format, options, seen);
    } catch (error) {
      if (!isParleyError(error)) throw error;
      result = { ok: false, input: file, error: error.message };
    }
    results.push(result);
    options.onFile?.(result);
  }
  return results;
}

async function buildOne(file: string, format: Format, options: BuildOptions, seen: Map<string, string>): Promise<FileResult> {
  const article = await readArticle(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const earlier = seen.get(article.stem);
  if (earlier) throw new ParleyError('duplicate-stem', `has the same name as ${earlier}, so both would write ${article.stem}${FORMATS[format].extension}; rename one`, file);
  seen.set(article.stem, file);
  const doc = annotate(article.text, { id: article.stem, ...(options.date ? { date: options.date } : {}), ...(options.publisher ? { publisher: options.publisher } : {}) });
  const quads = mapQuads(doc, {
    ...(options.base ? { base: options.base } : {}), sourceFile: article.name, sha256: article.sha256,
    namedGraph: FORMATS[format].namedGraph,
  });
  const output = path.join(options.outDir, article.stem + FORMATS[format].extension);
  await writeAtomic(output, await serialize(quads, format));
  return { ok: true, input: file, output, statements: doc.statements?.length ?? 0, actors: doc.actors?.length ?? 0, triples: quads.length };
}
