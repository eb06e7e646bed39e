// One-file output for bulk loaders: every article's N-Quads, in input order, in one file or in shards of
// about N bytes (an article never split). Files are written beside their final name and renamed when
// complete, so a loader never sees half a file.
import { createWriteStream, type WriteStream } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ParleyError } from '../errors.js';

export class BundleWriter {
  private readonly pending = new Map<number, string>();
  private nextIndex = 0;
  private shard = 0;
  private written = 0;
  private stream: WriteStream | undefined;
  private temp = '';
  private readonly done: string[] = [];
  private failure: NodeJS.ErrnoException | undefined;

  /** `name` is the file (`corpus.nq`); with `shardBytes`, shards are `corpus-00001.nq`, ... */
  constructor(private readonly outDir: string, private readonly name: string, private readonly shardBytes?: number,
    /** Told the file each article went into. */
    private readonly onWritten?: (index: number, file: string) => void) {}

  /** The first file's path (the only one without shards). */
  get path(): string { return this.fileName(1); }

  /**
   * The article at `index` (in input order): its text, or undefined when it failed. Articles are written
   * once all before them are.
   */
  async add(index: number, text: string | undefined): Promise<void> {
    this.pending.set(index, text ?? '');
    while (this.pending.has(this.nextIndex)) {
      const chunk = this.pending.get(this.nextIndex)!;
      this.pending.delete(this.nextIndex);
      if (chunk) {
        await this.write(chunk);
        this.onWritten?.(this.nextIndex, this.fileName());
      }
      this.nextIndex++;
    }
  }

  private fileName(shard = this.shard): string {
    if (!this.shardBytes) return path.join(this.outDir, this.name);
    const ext = path.extname(this.name);
    return path.join(this.outDir, `${path.basename(this.name, ext)}-${String(shard).padStart(5, '0')}${ext}`);
  }

  private async write(chunk: string): Promise<void> {
    const bytes = Buffer.byteLength(chunk);
    if (this.stream && this.shardBytes && this.written > 0 && this.written + bytes > this.shardBytes) await this.closeShard();
    if (!this.stream) {
      this.shard++;
      this.written = 0;
      this.temp = `${this.fileName()}.tmp-${process.pid}`;
      this.stream = createWriteStream(this.temp);
      this.stream.on('error', (error) => { this.failure = error; });
    }
    if (this.failure) throw this.writeError();
    this.written += bytes;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => { this.stream!.once('drain', resolve); this.stream!.once('error', () => resolve()); });
    if (this.failure) throw this.writeError();
  }

  private writeError(): ParleyError {
    return new ParleyError('write-failed', `cannot write (${this.failure?.code ?? String(this.failure)}); check the output folder and free space`, this.fileName());
  }

  private async closeShard(): Promise<void> {
    const stream = this.stream!;
    this.stream = undefined;
    await new Promise<void>((resolve) => { stream.once('error', () => resolve()); stream.end(resolve); });
    if (this.failure) throw this.writeError();
    const final = this.fileName();
    await fs.rename(this.temp, final).catch((error: NodeJS.ErrnoException) => { this.failure = error; throw this.writeError(); });
    this.done.push(final);
  }

  /** Closes the last file and returns the files written (one empty file when every article failed). */
  async close(): Promise<string[]> {
    if (!this.stream && !this.done.length) await this.write('');
    if (this.stream) await this.closeShard();
    return this.done;
  }

  /** Removes a file left half-written by a failed build. */
  async abort(): Promise<void> {
    this.stream?.destroy();
    if (this.temp) await fs.rm(this.temp, { force: true });
  }
}
