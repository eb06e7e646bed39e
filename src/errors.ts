// User-facing errors: one line naming the file, what is wrong and what to do. Never a stack trace.

export type ErrorCode =
  | 'missing' | 'unreadable' | 'not-a-file' | 'not-utf8' | 'binary' | 'too-large' | 'html'
  | 'duplicate-stem' | 'bad-option' | 'no-input' | 'write-failed' | 'bad-rdf' | 'worker-failed'
  // stores and queries
  | 'bad-query' | 'not-a-store' | 'store-locked' | 'no-such-graph' | 'duplicate-graph'
  | 'store-refused' | 'store-unreachable' | 'bad-response';

export class ParleyError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ParleyError';
  }
}

export const isParleyError = (e: unknown): e is ParleyError => e instanceof ParleyError;
