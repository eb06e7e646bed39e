// The committed, reviewed golden files in out/ are exactly what a fresh build of seeds/ writes.
// After an intended change: scripts/update-golden.sh, then review `git diff out/`.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from '../src/index.js';
import { tempDirs } from './helpers/tmp.js';

const ROOT = path.join(import.meta.dirname, '..');
const tempDir = tempDirs();
const seeds = readdirSync(path.join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt')).sort();

describe('golden files', () => {
  it('cover the reviewed seed', () => {
    expect(seeds).toContain('000_81ed9d07d236dca6.txt');
  });

  it.each([['turtle', '.ttl'], ['jsonld', '.jsonld']] as const)('out/*%s is byte-identical to a fresh %s build', async (format, extension) => {
    const out = tempDir();
    const results = await build([path.join(ROOT, 'seeds')], { outDir: out, format });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    for (const seed of seeds) {
      const name = seed.replace(/\.txt$/, extension);
      const golden = path.join(ROOT, 'out', name);
      expect(existsSync(golden), `out/${name} is missing: run scripts/update-golden.sh and review it`).toBe(true);
      const fresh = readFileSync(path.join(out, name), 'utf8');
      expect(fresh, `out/${name} differs from a fresh build: if the change is intended, run scripts/update-golden.sh and review git diff out/`).toBe(readFileSync(golden, 'utf8'));
    }
  }, 30_000);
});
