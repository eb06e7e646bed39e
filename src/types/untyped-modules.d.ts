// Types for the untyped RDF/JS packages parley uses (shacl-engine, rdf-ext): only the parts it reads.

declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, DatasetCoreFactory, Literal, NamedNode, Term } from '@rdfjs/types';

  /** A grapoi pointer to zero or more terms of a dataset. */
  export interface Pointer {
    readonly term: Term | undefined;
    readonly terms: readonly Term[];
  }

  /** One step of a parsed sh:path. */
  export interface PathStep {
    readonly quantifier: 'one' | 'zeroOrOne' | 'zeroOrMore' | 'oneOrMore';
    readonly start: 'subject' | 'object';
    readonly end: 'subject' | 'object';
    readonly predicates: readonly NamedNode[];
  }

  export interface Result {
    readonly focusNode: Pointer;
    readonly path: readonly PathStep[] | null | undefined;
    readonly message: readonly Literal[];
    readonly severity: NamedNode;
    readonly constraintComponent: NamedNode;
    readonly value: Pointer | undefined;
    readonly results: readonly Result[];
  }

  export interface Report {
    readonly conforms: boolean;
    readonly results: readonly Result[];
    /** The report as RDF (sh:ValidationReport), built on first access. */
    readonly dataset: DatasetCore;
  }

  export interface ValidatorOptions {
    factory: DataFactory & DatasetCoreFactory;
    coverage?: boolean;
    debug?: boolean;
    details?: boolean;
    trace?: boolean;
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: ValidatorOptions);
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }, shapes?: readonly { terms: Iterable<Term> }[]): Promise<Report>;
  }
}

declare module 'rdf-ext' {
  import type { DataFactory, DatasetCoreFactory } from '@rdfjs/types';

  const rdf: DataFactory & DatasetCoreFactory;
  export default rdf;
}
