// Incremental builds: a record, in the output folder, of what each output was built from (the input's
// SHA-256 and the key of every option that shapes the output, parley's version among them). An input whose
// record matches, and whose output is still there, is not built again. Outputs of other formats or options
// built into the same folder keep their own records.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../io.js';

export const CACHE_FILE = '.parley-build.json';

export interface CacheEntry {
  readonly sha256: string;
  /** The options' key (cacheKey). */
  readonly key: string;
  readonly statements: number;
  readonly actors: number;
  readonly triples: number;
}

interface CacheFile {
  readonly version: 1;
  readonly outputs: Record<string, CacheEntry>;
}

export class BuildCache {
  private readonly outputs: Map<string, CacheEntry>;
  private constructor(private readonly file: string, readonly key: string, outputs: Record<string, CacheEntry>, private readonly existed: boolean) {
    this.outputs = new Map(Object.entries(outputs));
  }

  /** Opens the record of `outDir` for a build with options `key`; an unreadable record starts empty. */
  static async open(outDir: string, key: string): Promise<BuildCache> {
    const file = path.join(outDir, CACHE_FILE);
    try {
      const data = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<CacheFile>;
      return new BuildCache(file, key, data.version === 1 && data.outputs && typeof data.outputs === 'object' ? data.outputs : {}, true);
    } catch { /* no record yet, or a damaged one: build everything */ }
    return new BuildCache(file, key, {}, false);
  }

  /** Whether any output was recorded under this build's options. */
  get empty(): boolean { return ![...this.outputs.values()].some((e) => e.key === this.key); }

  /**
   * The entry for an output, if its input still has the recorded hash and the output file exists. Read
   * synchronously: checking ten thousand small inputs one by one is quicker so than through the event loop.
   */
  unchanged(output: string, input: string): CacheEntry | undefined {
    const entry = this.outputs.get(path.basename(output));
    if (!entry || entry.key !== this.key || !existsSync(output)) return undefined;
    try {
      return createHash('sha256').update(readFileSync(input)).digest('hex') === entry.sha256 ? entry : undefined;
    } catch {
      return undefined; // unreadable now: built (and reported) again
    }
  }

  record(output: string, entry: Omit<CacheEntry, 'key'>): void { this.outputs.set(path.basename(output), { ...entry, key: this.key }); }

  forget(output: string): void { this.outputs.delete(path.basename(output)); }

  /** Writes the record (not when there is nothing to record and never was). */
  async save(): Promise<void> {
    if (!this.outputs.size && !this.existed) return;
    const outputs = Object.fromEntries([...this.outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeAtomic(this.file, JSON.stringify({ version: 1, outputs } satisfies CacheFile) + '\n');
  }
}

/** The key of a build's options: a record made under another key is not trusted. */
export function cacheKey(parts: Readonly<Record<string, string | number | boolean | undefined>>): string {
  return createHash('sha256').update(JSON.stringify(Object.entries(parts).sort())).digest('hex');
}
