// Loaded into `node bin/parley.js` by the store-fault tests (NODE_OPTIONS=--import=...): makes file
// changes under one folder fail the way a full disk or a read-only file system does, so that the tests can
// check what parley does then, also when they run as root, whom file permissions do not stop.
//
// PARLEY_TEST_FAULT holds JSON: { "under": folder, "code": "ENOSPC" | "EROFS" | "DELAY" | ..., "match"?: a
// regular expression a path must match, "after"?: n, "delayMs"?: n }.
//   ENOSPC: writing a file's content fails after half of it is written (as a full disk does), once `after`
//           matching files have been written whole; creating folders, renaming and removing still work.
//   DELAY: nothing fails, but every rename under the folder first waits "delayMs" (a slow disk), so that a
//          test can kill a commit half-way through.
//   other codes: every change under the folder (open for writing, mkdir, rename, rm, link, ...) fails.
// PARLEY_TEST_REPORT_RSS=1 prints the process's peak resident memory (kB) on stderr at exit.
import { promises as fs } from 'node:fs';
import path from 'node:path';

if (process.env.PARLEY_TEST_REPORT_RSS) {
  process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
}

const config = process.env.PARLEY_TEST_FAULT ? JSON.parse(process.env.PARLEY_TEST_FAULT) : undefined;

if (config) {
  const under = path.resolve(config.under);
  const match = config.match ? new RegExp(config.match) : undefined;
  const hit = (file) => {
    if (typeof file !== 'string' && !(file instanceof URL)) return false;
    const full = path.resolve(String(file));
    return (full === under || full.startsWith(under + path.sep)) && (!match || match.test(full));
  };
  const fail = (syscall, file) => Object.assign(new Error(`${config.code}: injected fault, ${syscall} '${file}'`), { code: config.code, syscall, path: String(file) });
  const writes = (flags) => /[wa+]/.test(String(flags ?? 'r'));

  if (config.code === 'DELAY') {
    const rename = fs.rename;
    fs.rename = async function (from, to) {
      if (hit(from) || hit(to)) await new Promise((resolve) => setTimeout(resolve, config.delayMs ?? 5));
      return rename.call(this, from, to);
    };
  } else if (config.code === 'ENOSPC') {
    let whole = 0;
    const full = () => whole >= (config.after ?? 0);
    const halfThenFail = async (write, data, file) => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      await write(bytes.subarray(0, bytes.length >> 1));
      throw fail('write', file);
    };
    const open = fs.open;
    fs.open = async function (file, flags, mode) {
      const handle = await open.call(this, file, flags, mode);
      if (hit(file) && writes(flags)) {
        const writeFile = handle.writeFile;
        handle.writeFile = async function (data, options) {
          if (!full()) { whole++; return writeFile.call(this, data, options); }
          return halfThenFail((part) => writeFile.call(this, part), data, file);
        };
      }
      return handle;
    };
    const writeFile = fs.writeFile;
    fs.writeFile = async function (file, data, options) {
      if (!hit(file)) return writeFile.call(this, file, data, options);
      if (!full()) { whole++; return writeFile.call(this, file, data, options); }
      return halfThenFail((part) => writeFile.call(this, file, part, options), data, file);
    };
  } else {
    for (const name of ['open', 'mkdir', 'rename', 'rm', 'rmdir', 'unlink', 'link', 'writeFile', 'appendFile', 'copyFile', 'symlink', 'truncate', 'mkdtemp']) {
      const original = fs[name];
      fs[name] = async function (file, ...rest) {
        const changes = name !== 'open' || writes(rest[0]);
        const target = name === 'rename' || name === 'link' || name === 'copyFile' || name === 'symlink' ? rest[0] : undefined;
        if (changes && (hit(file) || hit(target))) throw fail(name, file);
        return original.call(this, file, ...rest);
      };
    }
  }
}
