// Runs the stages in order over one document, checking that each finds what it requires.
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
