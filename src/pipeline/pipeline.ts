// Runs the stages in order over one document, checking that each finds what it requires.
import { newDocument } from '../model/shapes.js';
import type { AnnotateOptions, Document, Stage } from '../model/document.js';
import { read } from './read.js';
import { segment } from './segment.js';
import { quotes } from './quotes.js';
import { entities } from './entities.js';
import { coreference } from './coreference.js';
import { statements } from './statements.js';
import { proposals } from './proposals.js';
import { positions } from './positions.js';

export const STAGES: readonly Stage[] = [read, segment, quotes, entities, coreference, statements, proposals, positions];

/** Checks, once, that every stage's requirements are assigned by an earlier stage. */
export function checkStages(stages: readonly Stage[]): void {
  const have = new Set<string>();
  for (const stage of stages) {
    const missing = stage.requires.filter((f) => !have.has(f));
    if (missing.length) throw new Error(`pipeline: stage '${stage.name}' requires ${missing.join(', ')}, which no earlier stage assigns`);
    for (const f of stage.assigns) have.add(f);
  }
}

checkStages(STAGES);

export function runPipeline(doc: Document, options: AnnotateOptions = {}, stages: readonly Stage[] = STAGES): Document {
  let current = doc;
  for (const stage of stages) current = stage.run(current, options);
  return current;
}

/** Characters no xsd:string can hold: lone surrogate halves and the non-characters U+FFFE, U+FFFF. */
const NOT_IN_STRINGS = /[\p{Cs}\uFFFE\uFFFF]/gu;

/**
 * Annotates a text whose byte-order mark is already removed (a second U+FEFF is text). A character no RDF
 * string can hold reads as U+FFFD, one for one, so offsets stay right and every span's text conforms.
 */
export function annotateBody(id: string, body: string, options: AnnotateOptions = {}): Document {
  return runPipeline(newDocument(id, body.replace(NOT_IN_STRINGS, '\uFFFD')), options);
}
