// Incremental builds: a record, in the output folder, of what each output was built from (the input's
// SHA-256 and every option that shapes the output, parley's version among them). An input whose record
// matches, and whose output is still there, is not built again.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../io.js';

export const CACHE_FILE = '.parley-build.json';

export interface CacheEntry {
  readonly sha256: string;
  readonly statements: number;
  readonly actors: number;
  readonly triples: number;
}

interface CacheFile {
  readonly key: string;
  readonly outputs: Record<string, CacheEntry>;
}

export class BuildCache {
  private readonly outputs: Map<string, CacheEntry>;
  private constructor(private readonly file: string, private readonly key: string, outputs: Record<string, CacheEntry>, private readonly existed: boolean) {
    this.outputs = new Map(Object.entries(outputs));
  }

  /** Opens the record of `outDir`; a record written with other options (or none, or unreadable) starts empty. */
  static async open(outDir: string, key: string): Promise<BuildCache> {
    const file = path.join(outDir, CACHE_FILE);
    try {
      const data = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<CacheFile>;
      return new BuildCache(file, key, data.key === key && data.outputs && typeof data.outputs === 'object' ? data.outputs : {}, true);
    } catch { /* no record yet, or a damaged one: build everything */ }
    return new BuildCache(file, key, {}, false);
  }

  get size(): number { return this.outputs.size; }

  /** The entry for an output, if its input still has the recorded hash and the output file exists. */
  async unchanged(output: string, input: string): Promise<CacheEntry | undefined> {
    const entry = this.outputs.get(path.basename(output));
    if (!entry) return undefined;
    try {
      const [bytes] = await Promise.all([fs.readFile(input), fs.access(output)]);
      return createHash('sha256').update(bytes).digest('hex') === entry.sha256 ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  record(output: string, entry: CacheEntry): void { this.outputs.set(path.basename(output), entry); }

  forget(output: string): void { this.outputs.delete(path.basename(output)); }

  /** Writes the record (not when there is nothing to record and never was). */
  async save(): Promise<void> {
    if (!this.outputs.size && !this.existed) return;
    const outputs = Object.fromEntries([...this.outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeAtomic(this.file, JSON.stringify({ key: this.key, outputs } satisfies CacheFile) + '\n');
  }
}

/** The key of a build's options: a record made under another key is not trusted. */
export function cacheKey(parts: Readonly<Record<string, string | number | boolean | undefined>>): string {
  return createHash('sha256').update(JSON.stringify(Object.entries(parts).sort())).digest('hex');
}
