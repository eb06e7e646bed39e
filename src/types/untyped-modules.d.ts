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

  /** What a constraint's check sees: the value (or focus node) under test. */
  export interface ValidationContext {
    readonly valueOrNode: Pointer;
    readonly factory: DataFactory;
    test(passed: boolean, constraintComponent: NamedNode, args: { args?: Record<string, Term>; message?: Literal[]; value?: Pointer }): void;
  }

  /** Compiles one constraint of a shape (the `validations` option maps constraint predicates to these). */
  export type CompileValidation = (shape: { readonly ptr: { out(predicates: readonly Term[]): Pointer } }) =>
    { readonly generic?: (context: ValidationContext) => void } | undefined;

  export interface ValidatorOptions {
    factory: DataFactory & DatasetCoreFactory;
    /** Replaces or adds constraint checks, keyed by constraint predicate (e.g. sh:datatype). */
    validations?: Iterable<readonly [Term, CompileValidation]>;
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

declare module 'shacl-engine/lib/validations/type.js' {
  import type { CompileValidation } from 'shacl-engine';

  export const compileDatatype: CompileValidation;
}

declare module 'rdf-ext' {
  import type { DataFactory, DatasetCoreFactory } from '@rdfjs/types';

  const rdf: DataFactory & DatasetCoreFactory;
  export default rdf;
}

declare module 'wink-nlp/src/allowed.js' {
  /** The token mappers `out()` accepts (parley adds one to reach the library's lexicon cache). */
  const allowed: { readonly its4tokens: Set<unknown> };
  export default allowed;
}

declare module '@rdfjs/data-model' {
  import type { DataFactory } from '@rdfjs/types';

  /** The RDF/JS reference factory: terms are plain objects with their fields (value, language, datatype). */
  const factory: DataFactory;
  export default factory;
}
