// HTTP for remote stores: time-outs, retries with back-off on 5xx and connection errors, and HTTP Basic or
// Digest authentication (Virtuoso uses Digest) with credentials from PARLEY_STORE_USER and
// PARLEY_STORE_PASSWORD only: never from the command line, never in a message.
import { createHash, randomBytes } from 'node:crypto';
import { ParleyError } from '../errors.js';

export interface Credentials {
  readonly user: string;
  readonly password: string;
}

export interface HttpOptions {
  /** Per attempt. */
  readonly timeoutMs?: number;
  /** Further attempts after a 5xx answer, a time-out or a connection error. */
  readonly retries?: number;
  readonly credentials?: Credentials;
  /** Waits between attempts (tests make it instant). */
  readonly backoffMs?: (attempt: number) => number;
}

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/** A 2xx answer whose body is read as it arrives (a stall longer than the time-out is an error). */
export interface HttpStream {
  readonly status: number;
  readonly contentType: string;
  readonly body: AsyncIterable<string>;
  /** Lets go of a body that will not be read. */
  cancel(): Promise<void>;
}

const USER_VARIABLE = 'PARLEY_STORE_USER';
const PASSWORD_VARIABLE = 'PARLEY_STORE_PASSWORD';

/** Credentials from the environment, when both variables are set. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env[USER_VARIABLE];
  const password = env[PASSWORD_VARIABLE];
  if (user === undefined && password === undefined) return undefined;
  if (!user || password === undefined) throw new ParleyError('bad-option', `set both ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, or neither`);
  return { user, password };
}

/** A store URL, checked: http(s) only, and no credentials inside it (they would end up in logs). */
export function storeUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ParleyError('bad-option', `${JSON.stringify(value)} is not a URL; give one such as http://localhost:8890/sparql`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ParleyError('bad-option', `${url.protocol} URLs are not supported; give an http:// or https:// URL`);
  if (url.username || url.password) {
    throw new ParleyError('bad-option', `put the user name and password in ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, not in the URL`);
  }
  return url;
}

/** Parameters of the first challenge of `scheme` in a WWW-Authenticate header (several may be joined by commas). */
export function parseChallenge(header: string, scheme: string): Record<string, string> | undefined {
  const start = new RegExp(`(?:^|,)\\s*${scheme}(?:\\s+|$)`, 'i').exec(header);
  if (!start) return undefined;
  const params: Record<string, string> = {};
  const param = /\s*([A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)\s*(,|$)/y;
  param.lastIndex = start.index + start[0].length;
  for (let m = param.exec(header); m; m = param.exec(header)) {
    params[m[1]!.toLowerCase()] = m[2]!.startsWith('"') ? m[2]!.slice(1, -1).replace(/\\(.)/g, '$1') : m[2]!;
    if (m[3] === '') break;
    // Stop at the next challenge: a bare token (a scheme name) where a parameter should be.
    if (/^\s*[A-Za-z0-9_-]+\s+[A-Za-z0-9_-]+\s*=/.test(header.slice(param.lastIndex))) break;
  }
  return params;
}

/** A Digest session with one server: its last challenge and the request count sent under it. */
interface DigestState {
  readonly challenge: Record<string, string>;
  count: number;
}

/** The Authorization header for a Digest challenge (RFC 7616: MD5, MD5-sess, SHA-256; qop auth or none). */
export function digestAuthorization(state: DigestState, credentials: Credentials, method: string, uri: string, cnonce = randomBytes(8).toString('hex')): string {
  const { realm = '', nonce = '', opaque, qop, algorithm = 'MD5' } = state.challenge;
  const sha256 = /^SHA-256/i.test(algorithm);
  const hash = (s: string): string => createHash(sha256 ? 'sha256' : 'md5').update(s, 'utf8').digest('hex');
  const nc = (++state.count).toString(16).padStart(8, '0');
  let ha1 = hash(`${credentials.user}:${realm}:${credentials.password}`);
  if (/-sess$/i.test(algorithm)) ha1 = hash(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = hash(`${method}:${uri}`);
  const useQop = qop?.split(',').map((q) => q.trim()).includes('auth') ? 'auth' : undefined;
  const response = useQop ? hash(`${ha1}:${nonce}:${nc}:${cnonce}:${useQop}:${ha2}`) : hash(`${ha1}:${nonce}:${ha2}`);
  const quote = (s: string): string => `"${s.replace(/["\\]/g, '\\$&')}"`;
  const parts = [`username=${quote(credentials.user)}`, `realm=${quote(realm)}`, `nonce=${quote(nonce)}`, `uri=${quote(uri)}`, `algorithm=${algorithm}`, `response=${quote(response)}`];
  if (useQop) parts.push(`qop=${useQop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`);
  if (opaque !== undefined) parts.push(`opaque=${quote(opaque)}`);
  return `Digest ${parts.join(', ')}`;
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504, 429]);
const defaultBackoff = (attempt: number): number => Math.min(8000, 250 * 2 ** attempt) * (0.5 + Math.random());
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What went wrong with a connection, from fetch's error and its cause. */
function connectionProblem(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; code?: string; cause?: { name?: string; code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || err.cause?.name === 'TimeoutError') return `timed out after ${timeoutMs / 1000} s`;
  const code = err.cause?.code ?? err.code;
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE' || /other side closed|socket hang up|terminated/i.test(err.cause?.message ?? err.message ?? '')) {
    return `the connection was dropped${code && code !== 'UND_ERR_SOCKET' ? `, ${code}` : ''}`;
  }
  return code ?? err.cause?.message ?? err.message ?? String(error);
}

/** An abort signal that fires after `ms` without `touch`: a time-out for a whole request, then for each stall in its body. */
class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly ms: number) { this.touch(); }
  get signal(): AbortSignal { return this.controller.signal; }
  touch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.controller.abort(new DOMException('timed out', 'TimeoutError')), this.ms).unref();
  }
  clear(): void { clearTimeout(this.timer); }
}

/** The first line of a refusal's body, without markup, short. */
function gist(text: string): string {
  const plain = text.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > 200 ? `${plain.slice(0, 199)}…` : plain;
}

/**
 * One HTTP client per store URL: it remembers how the server wants to be authenticated, so after the first
 * challenge each request carries its Authorization at once.
 */
export class HttpClient {
  private auth: { kind: 'basic' } | { kind: 'digest'; state: DigestState } | undefined;

  constructor(private readonly options: HttpOptions = {}) {}

  private authorization(request: HttpRequest): string | undefined {
    const credentials = this.options.credentials;
    if (!credentials || !this.auth) return undefined;
    if (this.auth.kind === 'basic') return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`;
    const url = new URL(request.url);
    return digestAuthorization(this.auth.state, credentials, request.method, url.pathname + url.search);
  }

  /** Sends the request; answers any status (the caller judges it), throws only when the server cannot be reached. */
  async send(request: HttpRequest): Promise<HttpResponse> {
    return this.exchange(request, false) as Promise<HttpResponse>;
  }

  /**
   * Sends the request and, for a 2xx answer, gives its body as it arrives; other answers come whole, as from
   * `send`. Retries happen only before the body is read: once rows are out, a broken connection is an error.
   */
  async open(request: HttpRequest): Promise<HttpResponse | HttpStream> {
    return this.exchange(request, true);
  }

  private async exchange(request: HttpRequest, stream: boolean): Promise<HttpResponse | HttpStream> {
    const retries = this.options.retries ?? 3;
    const backoff = this.options.backoffMs ?? defaultBackoff;
    const timeoutMs = this.options.timeoutMs ?? 60_000;
    let challenges = 0;
    for (let attempt = 0; ; attempt++) {
      const deadline = new Deadline(timeoutMs);
      let response: Response;
      let text: string;
      try {
        const authorization = this.authorization(request);
        response = await fetch(request.url, {
          method: request.method,
          headers: { ...request.headers, ...(authorization ? { authorization } : {}) },
          ...(request.body !== undefined ? { body: request.body } : {}),
          signal: deadline.signal,
        });
        if (stream && response.ok && response.body) {
          const body = response.body;
          return {
            status: response.status, contentType: response.headers.get('content-type') ?? '', body: this.bodyOf(response, deadline, request.url),
            cancel: async () => { deadline.clear(); await body.cancel().catch(() => undefined); },
          };
        }
        // A body cut short (the connection dropped, or it stalled) fails the attempt like no answer at all.
        text = await response.text();
        deadline.clear();
      } catch (error) {
        deadline.clear();
        if (attempt < retries) { await sleep(backoff(attempt)); continue; }
        throw new ParleyError('store-unreachable', `cannot reach the store (${connectionProblem(error, timeoutMs)}) after ${attempt + 1} attempt(s); check that it is running and the URL is right`, request.url);
      }
      if (response.status === 401 && this.options.credentials) {
        const header = response.headers.get('www-authenticate') ?? '';
        const digest = parseChallenge(header, 'Digest');
        const stale = digest?.stale?.toLowerCase() === 'true';
        // Answer a challenge once; a stale nonce may be renewed a few times more.
        if (digest && (challenges === 0 || (stale && challenges < 4))) {
          challenges++;
          this.auth = { kind: 'digest', state: { challenge: digest, count: 0 } };
          attempt--;
          continue;
        }
        if (!digest && challenges === 0 && parseChallenge(header, 'Basic')) {
          challenges++;
          this.auth = { kind: 'basic' };
          attempt--;
          continue;
        }
      }
      if (RETRYABLE_STATUS.has(response.status) && attempt < retries) {
        const after = Number(response.headers.get('retry-after'));
        await sleep(Number.isFinite(after) && after > 0 && after <= 30 ? after * 1000 : backoff(attempt));
        continue;
      }
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
    }
  }

  /** The body as text, piece by piece; a stall longer than the time-out, or a dropped connection, is an error. */
  private async *bodyOf(response: Response, deadline: Deadline, url: string): AsyncGenerator<string> {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body! as unknown as AsyncIterable<Uint8Array>) {
        deadline.touch();
        yield decoder.decode(chunk, { stream: true });
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    } catch (error) {
      throw new ParleyError('store-unreachable', `the answer broke off (${connectionProblem(error, this.options.timeoutMs ?? 60_000)}); what was printed is incomplete`, url);
    } finally {
      deadline.clear();
    }
  }

  /** Sends the request and insists on a 2xx answer; anything else is a one-line error naming the URL. */
  async expectOk(request: HttpRequest, what: string): Promise<HttpResponse> {
    const response = await this.send(request);
    if (response.status >= 200 && response.status < 300) return response;
    return this.refusal(response, request, what);
  }

  /** The one-line error for an answer that is not 2xx: the URL, the status, the store's words, what to do. */
  refusal(response: HttpResponse, request: HttpRequest, what: string): never {
    const retries = this.options.retries ?? 3;
    const detail = gist(response.text);
    let advice: string;
    if (response.status === 401) {
      advice = this.options.credentials
        ? `the store did not accept the credentials in ${USER_VARIABLE} and ${PASSWORD_VARIABLE}; check them`
        : `the store needs credentials: set ${USER_VARIABLE} and ${PASSWORD_VARIABLE}`;
    } else if (response.status === 403) {
      advice = `the user may not ${what} here; grant the right (Virtuoso: SPARQL_UPDATE) or use another user`;
    } else if (response.status === 404) {
      advice = 'no such service at this URL; check the path';
    } else if (response.status >= 500) {
      advice = `the store failed ${retries + 1} time(s); see its log`;
    } else {
      advice = `the store refused to ${what}`;
    }
    throw new ParleyError('store-refused', `HTTP ${response.status}${detail ? ` (${detail})` : ''}: ${advice}`, request.url);
  }
}
