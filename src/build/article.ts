// One article from file to output: read, annotate, map to quads, serialize, write. The unit of work of a
// build, run in the main thread or in a worker; it never throws: a bad file becomes a failed result.
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import type { AnnotateOptions, Document } from '../model/document.js';
import { annotateBody } from '../pipeline/pipeline.js';
import { toQuads } from '../rdf/map.js';
import { FORMATS, serialize, type Format } from '../rdf/serialize.js';
import { DEFAULT_MAX_BYTES, readArticle, readArticleSync, writeAtomic, writeAtomicSync, type ArticleFile, type Encoding } from '../io.js';
import { isParleyError } from '../errors.js';

export interface ArticleOptions extends AnnotateOptions {
  readonly outDir: string;
  readonly format: Format;
  readonly base?: string;
  readonly maxBytes?: number;
  /** How article files are decoded: 'utf8' (the default) or 'latin1'. */
  readonly encoding?: Encoding;
  /** Read and write without the event loop (in a build worker, where nothing else waits). */
  readonly syncIo?: boolean;
  /** Return the serialized text instead of writing `<outDir>/<stem><ext>` (for one-file bundles). */
  readonly collect?: boolean;
}

export interface ArticleJob {
  /** Position of the input in the build's sorted list. */
  readonly index: number;
  readonly file: string;
}

export type ArticleOutcome =
  | {
    readonly ok: true; readonly index: number; readonly input: string; readonly output: string; readonly sha256: string;
    readonly statements: number; readonly actors: number; readonly triples: number;
    /** A word about an article built anyway (an empty one, say). */
    readonly warning?: string;
    /** The serialized graph, when the job collects instead of writing. */
    readonly text?: string;
  }
  | { readonly ok: false; readonly index: number; readonly input: string; readonly error: string };

/** One article annotated and mapped to quads, with its provenance (all in the article's named graph when `namedGraph`). */
export function articleQuads(article: ArticleFile, options: AnnotateOptions & { readonly base?: string; readonly encoding?: Encoding }, namedGraph: boolean): { doc: Document; quads: Quad[] } {
  const given = { ...(options.date ? { date: options.date } : {}), ...(options.publisher ? { publisher: options.publisher } : {}) };
  const doc = annotateBody(article.stem, article.text, given);
  const quads = toQuads(doc, {
    ...(options.base ? { base: options.base } : {}), sourceFile: article.name, sha256: article.sha256, namedGraph,
    provenance: { ...given, encoding: options.encoding ?? 'utf8' },
  });
  return { doc, quads };
}

/** Output file of an input: `<outDir>/<stem><extension>`. */
export function outputPath(outDir: string, stem: string, format: Format): string {
  return path.join(outDir, stem + FORMATS[format].extension);
}

export async function buildArticle(job: ArticleJob, options: ArticleOptions): Promise<ArticleOutcome> {
  const { index, file } = job;
  try {
    const article = options.syncIo ? readArticleSync(file, options.maxBytes ?? DEFAULT_MAX_BYTES, options.encoding)
      : await readArticle(file, options.maxBytes ?? DEFAULT_MAX_BYTES, options.encoding);
    const { doc, quads } = articleQuads(article, options, FORMATS[options.format].namedGraph);
    const output = outputPath(options.outDir, article.stem, options.format);
    const text = await serialize(quads, options.format);
    if (!options.collect) {
      if (options.syncIo) writeAtomicSync(output, text);
      else await writeAtomic(output, text);
    }
    return {
      ok: true, index, input: file, output, sha256: article.sha256,
      statements: doc.statements?.length ?? 0, actors: doc.actors?.length ?? 0, triples: quads.length,
      ...(options.collect ? { text } : {}), ...(article.warning ? { warning: article.warning } : {}),
    };
  } catch (error) {
    // A bug met on one article must not stop the others: it is reported with that article.
    const message = isParleyError(error) ? error.message
      : `${file}: internal error while building (${(error as Error).message ?? String(error)}); please report it with this file`;
    return { ok: false, index, input: file, error: message };
  }
}
