// A Virtuoso for the tests: the one .ci/run started (PARLEY_VIRTUOSO_ENDPOINT, PARLEY_VIRTUOSO_GRAPH_STORE,
// PARLEY_VIRTUOSO_USER, PARLEY_VIRTUOSO_PASSWORD), or else one started here from Debian's
// virtuoso-opensource: free ports on 127.0.0.1, a temporary database, a fresh dba password, stopped after.
// Neither available is a failure saying what to install, never a skip.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export interface Virtuoso {
  readonly endpoint: string;
  readonly graphStore: string;
  readonly user: string;
  readonly password: string;
  stop(): Promise<void>;
}

const TEMPLATE = path.join(import.meta.dirname, '..', '..', '.ci', 'virtuoso.ini');
const INSTALL = 'install Debian\'s virtuoso-opensource (apt-get install virtuoso-opensource; .ci/run does) or set PARLEY_VIRTUOSO_ENDPOINT and PARLEY_VIRTUOSO_GRAPH_STORE';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function ready(endpoint: string, exited: () => string | undefined, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const gone = exited();
    if (gone !== undefined) throw new Error(`Virtuoso stopped while starting: ${gone}`);
    const status = await fetch(`${endpoint}?query=ASK%7B%7D`).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`Virtuoso did not answer at ${endpoint} within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export async function virtuoso(): Promise<Virtuoso> {
  const env = process.env;
  if (env.PARLEY_VIRTUOSO_ENDPOINT && env.PARLEY_VIRTUOSO_GRAPH_STORE) {
    return {
      endpoint: env.PARLEY_VIRTUOSO_ENDPOINT, graphStore: env.PARLEY_VIRTUOSO_GRAPH_STORE,
      user: env.PARLEY_VIRTUOSO_USER ?? 'dba', password: env.PARLEY_VIRTUOSO_PASSWORD ?? 'dba',
      stop: async () => {},
    };
  }
  let binary: string;
  try {
    binary = execFileSync('sh', ['-c', 'command -v virtuoso-t'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`this test needs Virtuoso: ${INSTALL}`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const ini = path.join(dir, 'virtuoso.ini');
  writeFileSync(ini, readFileSync(TEMPLATE, 'utf8').replaceAll('@DIR@', dir).replaceAll('@SQL_PORT@', String(sqlPort)).replaceAll('@HTTP_PORT@', String(httpPort)));
  const password = randomBytes(9).toString('hex');
  // The first run creates the database, sets the dba password and exits; the second serves.
  execFileSync(binary, ['+foreground', '+configfile', ini, '+pwdold', 'dba', '+pwddba', password], { cwd: dir, stdio: 'ignore', timeout: 120_000 });
  const server = spawn(binary, ['+foreground', '+configfile', ini], { cwd: dir, stdio: 'ignore' });
  let exit: string | undefined;
  server.once('exit', (code, signal) => { exit = `exit ${code ?? signal}; see ${path.join(dir, 'virtuoso.log')}`; });
  const endpoint = `http://127.0.0.1:${httpPort}/sparql`;
  const stop = async (keepLog = false): Promise<void> => {
    if (exit === undefined) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    if (!keepLog) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ready(endpoint, () => exit, 120);
  } catch (error) {
    await stop(true);
    throw error;
  }
  return { endpoint, graphStore: `http://127.0.0.1:${httpPort}/sparql-graph-crud-auth`, user: 'dba', password, stop: () => stop() };
}
