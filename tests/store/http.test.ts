// HTTP for remote stores: Digest and Basic authentication, retries with back-off, one-line errors naming the
// URL, credentials only from the environment and never in a message. Real Digest is exercised on Virtuoso.
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient, credentialsFromEnv, digestAuthorization, parseChallenge, storeUrl } from '../../src/store/http.js';
import { ParleyError } from '../../src/errors.js';

describe('Digest', () => {
  it('answers the challenge of RFC 2617, section 3.5', () => {
    const challenge = parseChallenge('Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"', 'Digest')!;
    const header = digestAuthorization({ challenge, count: 0 }, { user: 'Mufasa', password: 'Circle Of Life' }, 'GET', '/dir/index.html', '0a4f113b');
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
  });

  it('reads challenges joined in one header and quoted commas', () => {
    const header = 'Basic realm="a, b", Digest realm="SPARQL", nonce="n1", qop="auth", algorithm="MD5"';
    expect(parseChallenge(header, 'Basic')).toEqual({ realm: 'a, b' });
    expect(parseChallenge(header, 'Digest')).toEqual({ realm: 'SPARQL', nonce: 'n1', qop: 'auth', algorithm: 'MD5' });
    expect(parseChallenge(header, 'Negotiate')).toBeUndefined();
  });
});

describe('credentials and URLs', () => {
  it('come from both variables or neither', () => {
    expect(credentialsFromEnv({})).toBeUndefined();
    expect(credentialsFromEnv({ PARLEY_STORE_USER: 'u', PARLEY_STORE_PASSWORD: 'p' })).toEqual({ user: 'u', password: 'p' });
    expect(() => credentialsFromEnv({ PARLEY_STORE_USER: 'u' })).toThrow(/both/);
  });

  it('refuses credentials inside a URL without repeating them', () => {
    const error = (() => { try { storeUrl('http://dba:hunter2@localhost:8890/sparql'); } catch (e) { return e as Error; } })();
    expect(error).toBeInstanceOf(ParleyError);
    expect(error!.message).toContain('PARLEY_STORE_PASSWORD');
    expect(error!.message).not.toContain('hunter2');
  });
});

/** A store that wants Digest (or Basic) and fails the first `failures` requests with 503. */
function fakeStore(scheme: 'Digest' | 'Basic', failures = 0) {
  let failed = 0;
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(request.headers.authorization ?? '');
    if (failed < failures) { failed++; response.writeHead(503).end('busy'); return; }
    const auth = request.headers.authorization ?? '';
    const ok = scheme === 'Basic'
      ? auth === `Basic ${Buffer.from('dba:s3cret').toString('base64')}`
      : (() => {
        const p = parseChallenge(auth, 'Digest');
        if (!p) return false;
        const md5 = (s: string) => createHash('md5').update(s).digest('hex');
        const expected = md5(`${md5(`dba:SPARQL:s3cret`)}:n0nce:${p.nc}:${p.cnonce}:auth:${md5(`${request.method}:${p.uri}`)}`);
        return p.response === expected && p.uri === request.url;
      })();
    if (!ok) {
      response.writeHead(401, { 'www-authenticate': scheme === 'Basic' ? 'Basic realm="SPARQL"' : 'Digest realm="SPARQL", nonce="n0nce", qop="auth", algorithm="MD5", opaque="op"' }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  return { server, seen };
}

describe('HttpClient', () => {
  const servers: http.Server[] = [];
  const start = async (server: http.Server): Promise<string> => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql-graph-crud-auth?graph=urn%3Ax`;
  };
  afterAll(() => { for (const s of servers) s.close(); });
  const credentials = { user: 'dba', password: 's3cret' };

  it('answers a Digest challenge, then authenticates each request at once', async () => {
    const { server, seen } = fakeStore('Digest');
    const url = await start(server);
    const client = new HttpClient({ credentials, backoffMs: () => 0 });
    expect((await client.send({ method: 'PUT', url, body: 'x' })).status).toBe(200);
    expect((await client.send({ method: 'PUT', url, body: 'y' })).status).toBe(200);
    expect(seen).toHaveLength(3); // challenge, answer, then straight through
    expect(seen[2]).toContain('nc=00000002');
  });

  it('uses Basic when the store asks for it', async () => {
    const { server } = fakeStore('Basic');
    const client = new HttpClient({ credentials, backoffMs: () => 0 });
    expect((await client.send({ method: 'GET', url: await start(server) })).status).toBe(200);
  });

  it('retries 5xx answers with back-off', async () => {
    const { server, seen } = fakeStore('Basic', 2);
    const client = new HttpClient({ credentials, retries: 3, backoffMs: () => 0 });
    expect((await client.send({ method: 'GET', url: await start(server) })).status).toBe(200);
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });

  it('says which URL refused, and why, in one line without the password', async () => {
    const { server } = fakeStore('Digest');
    const url = await start(server);
    const wrong = new HttpClient({ credentials: { user: 'dba', password: 'hunter2' }, backoffMs: () => 0 });
    const refused = await wrong.expectOk({ method: 'PUT', url, body: 'x' }, 'write graphs').catch((e: Error) => e);
    expect(refused).toBeInstanceOf(ParleyError);
    expect(refused.message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql-graph-crud-auth\?graph=urn%3Ax: HTTP 401: .*PARLEY_STORE_USER/);
    expect(refused.message).not.toContain('hunter2');
    const anonymous = await new HttpClient({ backoffMs: () => 0 }).expectOk({ method: 'PUT', url, body: 'x' }, 'write graphs').catch((e: Error) => e);
    expect(anonymous.message).toContain('needs credentials');
  });

  it('gives up on a store that is not there, naming it', async () => {
    const { server } = fakeStore('Basic');
    const url = await start(server);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await new HttpClient({ retries: 2, backoffMs: () => 0 }).send({ method: 'GET', url }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ParleyError);
    expect((error as ParleyError).code).toBe('store-unreachable');
    expect((error as Error).message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*: cannot reach the store \(ECONNREFUSED\) after 3 attempt\(s\)/);
  });

  it('times out', async () => {
    const server = http.createServer(() => { /* never answers */ });
    const url = await start(server);
    const error = await new HttpClient({ timeoutMs: 200, retries: 1, backoffMs: () => 0 }).send({ method: 'GET', url }).catch((e: Error) => e);
    expect((error as Error).message).toContain('timed out');
    server.closeAllConnections();
  });
});
