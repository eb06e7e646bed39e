// What a build tells its user: a progress bar on a terminal (articles, rate, time left), one line per
// failed file, a summary at the end, and on request the same as JSON.
import type { FileResult } from './build.js';

const number = (n: number): string => n.toLocaleString('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${Math.round(seconds % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** A one-line bar redrawn in place at most ten times a second; error lines are printed above it. */
export class ProgressBar {
  private total = 0;
  private done = 0;
  private readonly started = performance.now();
  private last = 0;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  start(total: number): void { this.total = total; this.draw(true); }

  tick(): void { this.done++; this.draw(this.done === this.total); }

  /** Prints a line (an error) without breaking the bar. */
  line(text: string): void {
    this.clear();
    this.stream.write(`${text}\n`);
    this.draw(true);
  }

  private draw(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 60));
    const filled = this.total ? Math.round((width * this.done) / this.total) : 0;
    const eta = rate > 0 ? duration((this.total - this.done) / rate) : '?';
    const text = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${number(this.done)}/${number(this.total)} articles, ${rate.toFixed(0)}/s, ${eta} left`;
    this.stream.write(`\r${text.slice(0, (this.stream.columns ?? 80) - 1)}\x1b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

export interface Summary {
  readonly articles: number;
  readonly built: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly statements: number;
  readonly actors: number;
  readonly triples: number;
  readonly seconds: number;
}

export function summarize(results: readonly FileResult[], seconds: number): Summary {
  let built = 0; let unchanged = 0; let failed = 0; let statements = 0; let actors = 0; let triples = 0;
  for (const r of results) {
    if (!r.ok) { failed++; continue; }
    if (r.unchanged) unchanged++; else built++;
    statements += r.statements; actors += r.actors; triples += r.triples;
  }
  return { articles: results.length, built, unchanged, failed, statements, actors, triples, seconds };
}

/** The closing lines: what was built, what was skipped, what failed, how long it took. */
export function formatSummary(s: Summary, outDir: string): string {
  const parts = [`parley: built ${number(s.built + s.unchanged)} of ${number(s.articles)} article(s) into ${outDir} in ${s.seconds.toFixed(1)} s`
    + (s.built >= 100 && s.seconds > 0 ? ` (${number(Math.round(s.built / s.seconds))} articles/s)` : '') + ':'
    + ` ${number(s.statements)} statements, ${number(s.actors)} actors, ${number(s.triples)} triples`];
  if (s.unchanged) parts.push(`parley: ${number(s.unchanged)} unchanged since the last build, not rebuilt (--force rebuilds them)`);
  if (s.failed) parts.push(`parley: ${number(s.failed)} failed (listed above)`);
  return parts.join('\n');
}
