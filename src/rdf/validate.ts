// Checks a parley graph against ontology/shapes.ttl and turns the SHACL report into plain data and readable lines.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Parser, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import type { CompileValidation, PathStep, Result, Validator } from 'shacl-engine';
import { ParleyError } from '../errors.js';
import { PREFIXES, sh, xsd } from './vocab.js';

export interface ValidationResult {
  /** The node that failed: an IRI, or `_:label` for a blank node. */
  readonly focusNode: string;
  /** The property IRI (a SPARQL property path for complex paths), or null for a node-level constraint. */
  readonly path: string | null;
  readonly message: string;
  /** The local name of the SHACL severity: "Violation", "Warning" or "Info". */
  readonly severity: string;
  /** The offending value in N-Triples form (an IRI bare), or null when the problem is a missing value. */
  readonly value: string | null;
}

export interface ValidationReport {
  readonly conforms: boolean;
  readonly results: readonly ValidationResult[];
}

// Same depth from src/rdf/ and dist/rdf/, so one relative path serves both.
const SHAPES_URL = new URL('../../ontology/shapes.ttl', import.meta.url);

let validator: Promise<Validator> | undefined;

/** The shapes are parsed and compiled once per process; shacl-engine also caches each shape's compiled checks. */
function shapesValidator(): Promise<Validator> {
  validator ??= loadValidator().catch((error: unknown) => {
    validator = undefined;
    throw error;
  });
  return validator;
}

async function loadValidator(): Promise<Validator> {
  const file = fileURLToPath(SHAPES_URL);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new ParleyError('unreadable', 'cannot read the SHACL shapes; reinstall parley', file);
  });
  let quads: Quad[];
  try {
    quads = new Parser({ baseIRI: SHAPES_URL.href }).parse(text);
  } catch (error) {
    throw new ParleyError('bad-rdf', `the SHACL shapes are not valid Turtle (${error instanceof Error ? error.message : String(error)})`, file);
  }
  // Loaded on first use: a build that does not validate does not pay for them.
  const [{ default: rdf }, { Validator }, { compileDatatype: builtin }] = await Promise.all([
    import('rdf-ext'), import('shacl-engine'), import('shacl-engine/lib/validations/type.js'),
  ]);
  return new Validator(new Store(quads), { factory: rdf, validations: [[sh.datatype, compileDatatype(builtin)]] });
}

/** An xsd:string lexical form: any characters but lone surrogates and the non-characters U+FFFE, U+FFFF. */
const XSD_STRING_FORM = /^[^\p{Cs}\uFFFE\uFFFF]*$/u;

/**
 * sh:datatype as shacl-engine checks it, except for xsd:string: rdf-validation 0.1.1 tests that form with a
 * regular expression without the u flag, which rejects every character outside the BMP (emoji, rarer CJK
 * names), so any article quoting one would not conform.
 */
const compileDatatype = (builtinDatatype: CompileValidation): CompileValidation => (shape) => {
  const datatype = shape.ptr.out([sh.datatype]).term;
  if (!datatype?.equals(xsd.string)) return builtinDatatype(shape);
  return {
    generic: (context) => {
      const term = context.valueOrNode.term;
      const passed = term?.termType === 'Literal' && term.datatype.equals(xsd.string) && XSD_STRING_FORM.test(term.value);
      context.test(passed, sh.DatatypeConstraintComponent, {
        args: { datatype },
        message: [context.factory.literal('Value does not have datatype {$datatype}')],
        value: context.valueOrNode,
      });
    },
  };
};

/** Validates one graph against parley's shapes. A graph that does not conform is a normal result, not an error. */
export async function validate(quads: Iterable<Quad>): Promise<ValidationReport> {
  const shapes = await shapesValidator();
  // An N3 store answers shacl-engine's many pattern lookups faster than an rdf-ext dataset;
  // rdf-ext only builds the report's terms.
  const report = await shapes.validate({ dataset: quads instanceof Store ? quads : new Store([...quads]) });
  return { conforms: report.conforms, results: report.results.map(toResult) };
}

function toResult(result: Result): ValidationResult {
  const focus = result.focusNode.term;
  const value = result.value?.term;
  return {
    focusNode: focus === undefined ? '' : termText(focus),
    path: result.path ? pathText(result.path) : null,
    message: result.message.map((literal) => literal.value).join(' '),
    severity: localName(result.severity.value),
    value: value === undefined ? null : termText(value),
  };
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

function termText(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return term.value;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const lexical = JSON.stringify(term.value);
      if (term.language) return `${lexical}@${term.language}`;
      return term.datatype.value === XSD_STRING ? lexical : `${lexical}^^<${term.datatype.value}>`;
    }
    default:
      return term.value;
  }
}

/** A simple path is its predicate IRI; anything else is written as a SPARQL property path. */
function pathText(steps: readonly PathStep[]): string {
  const [only] = steps;
  if (steps.length === 1 && only && only.quantifier === 'one' && only.start === 'subject' && only.predicates.length === 1) {
    return only.predicates[0]?.value ?? '';
  }
  return steps.map(stepText).join('/');
}

const QUANTIFIER_SUFFIX: Readonly<Record<PathStep['quantifier'], string>> = { one: '', zeroOrOne: '?', zeroOrMore: '*', oneOrMore: '+' };

function stepText(step: PathStep): string {
  const alternatives = step.predicates.map((predicate) => `<${predicate.value}>`).join('|');
  const body = step.predicates.length > 1 ? `(${alternatives})` : alternatives;
  return `${step.start === 'object' ? '^' : ''}${body}${QUANTIFIER_SUFFIX[step.quantifier]}`;
}

function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}

/** One line per result: `file: <focus> path: message (value)`, IRIs shortened with parley's prefixes. */
export function formatReport(report: ValidationReport, fileLabel: string): string {
  return report.results
    .map((result) => {
      const path = result.path === null ? '' : ` ${readable(result.path)}`;
      const value = result.value === null ? '' : ` (${readable(result.value)})`;
      return `${fileLabel}: ${readable(result.focusNode)}${path}: ${result.message}${value}`;
    })
    .join('\n');
}

/** Shortens the IRIs in a term or path written by termText/pathText. */
function readable(text: string): string {
  if (text.startsWith('"')) return text.replace(/\^\^<([^>]*)>$/, (_, iri: string) => `^^${compactIri(iri)}`);
  if (text.startsWith('_:')) return text;
  if (text.includes('<')) return text.replace(/<([^>]*)>/g, (_, iri: string) => compactIri(iri));
  return compactIri(text);
}

export function compactIri(iri: string): string {
  for (const [prefix, base] of Object.entries(PREFIXES)) {
    const local = iri.slice(base.length);
    if (iri.startsWith(base) && /^[A-Za-z_][\w-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return `<${iri}>`;
}
