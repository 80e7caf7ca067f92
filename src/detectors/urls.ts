/**
 * URLs in free text. Scheme, port and loopback hosts stay; userinfo, query values and fragments become
 * `<redacted>`, the path becomes `<path>`, and every host not on the allow list becomes `<hostname>`
 * (`<ip>` for an IP). scp-style git remotes (`git@host:org/repo.git`) are handled the same way.
 */
import type { Detection } from '../types.js';
import type { DetectorFactory } from './detector.js';
import { ruleOption } from './detector.js';
import { trimEndChars } from '../text/trim-end.js';
import { moveDetection } from '../text/move-detection.js';

/** What follows `scheme://` up to the end of the URL. */
const URL_REST_RE = /[^\s<>"'`\\]*/y;
/** `//user:pass@host/…` without a scheme (a URL cut short in a message or an `input` property). */
const SCHEMELESS_RE =
  /(?<![A-Za-z0-9+.:/-])\/\/(?=[^\s/@<>"'`\\]{1,256}@|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,63}(?![A-Za-z0-9.-]))([^\s<>"'`\\]*)/g;
/** After the `@` of `user@host:path` (git's scp-like syntax). */
const SCP_REST_RE = /([A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}):(?!\/\/)([A-Za-z0-9._~/-]{1,1024})/y;
const MAX_SCHEME = 31;
const MAX_SCP_USER = 64;
const TRAILING = '.,;:!?)]}';
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;
const IP_HOST = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;
const SAFE_QUERY_KEY = /^[A-Za-z0-9_.[\]-]{1,64}$/;

function isHostChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

/**
 * A host redacted in one URL is redacted wherever else the same text names it. Where it is part of a
 * longer host name (`api.corp.dev` in `api.corp.dev.cdn.net`), the whole longer name goes, so that no
 * half-replaced name (`<hostname>.cdn.net`) is left for a later scrub to read differently; unless that
 * longer name is one the detector keeps (loopback, allowed hosts).
 */
function sameHostsEverywhere(
  text: string,
  detect: (text: string, out: Detection[]) => void,
  out: Detection[],
  keepHost: (host: string) => boolean,
): void {
  const first = out.length;
  detect(text, out);
  const hosts = new Map<string, Detection>();
  for (let i = first; i < out.length; i++) {
    const d = out[i]!;
    if (d.type === 'hostname' && d.end - d.start >= 4) hosts.set(text.slice(d.start, d.end).toLowerCase(), d);
  }
  if (hosts.size === 0) return;
  const lower = text.toLowerCase();
  for (const [host, d] of hosts) {
    for (let at = lower.indexOf(host); at >= 0; at = lower.indexOf(host, at + host.length)) {
      if (at === d.start) continue;
      let start = at;
      let end = at + host.length;
      while (start > 0 && isHostChar(text.charCodeAt(start - 1))) start--;
      while (end < text.length && isHostChar(text.charCodeAt(end))) end++;
      while (end > at + host.length && text.charCodeAt(end - 1) === 46) end--;
      while (start < at && text.charCodeAt(start) === 46) start++;
      if ((start !== at || end !== at + host.length) && keepHost(text.slice(start, end))) continue;
      out.push(moveDetection(d, start, end));
    }
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSchemeChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;
}

function isScpUserChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45;
}

/** `scheme://rest` occurrences, found from each `://` (linear: no scan from every letter). */
function schemeUrls(text: string): { start: number; scheme: string; restStart: number; rest: string }[] {
  const found: { start: number; scheme: string; restStart: number; rest: string }[] = [];
  // A `://` inside the rest of a URL (`?redirect=https://…`) belongs to that URL: linear on `http://http://…`.
  for (let sep = text.indexOf('://'), next = 0; sep >= 0; sep = text.indexOf('://', Math.max(sep + 3, next))) {
    let start = sep;
    while (start > 0 && sep - start < MAX_SCHEME && isSchemeChar(text.charCodeAt(start - 1))) start--;
    if (start === sep || !isLetter(text.charCodeAt(start))) continue;
    if (start > 0 && isSchemeChar(text.charCodeAt(start - 1))) continue;
    URL_REST_RE.lastIndex = sep + 3;
    const rest = URL_REST_RE.exec(text)?.[0] ?? '';
    next = sep + 3 + rest.length;
    found.push({ start, scheme: text.slice(start, sep), restStart: sep + 3, rest });
  }
  return found;
}

/** `user@host:path` occurrences, found from each `@`. */
function scpRemotes(text: string): { user: string; userAt: number; host: string; path: string }[] {
  const found: { user: string; userAt: number; host: string; path: string }[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_SCP_USER && isScpUserChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    const before = start > 0 ? text[start - 1]! : '';
    if (before && (isScpUserChar(before.charCodeAt(0)) || '%+@'.includes(before))) continue;
    SCP_REST_RE.lastIndex = at + 1;
    const m = SCP_REST_RE.exec(text);
    if (m) found.push({ user: text.slice(start, at), userAt: start, host: m[1]!, path: m[2]! });
  }
  return found;
}

export const createUrlDetector: DetectorFactory = (rule, env) => {
  const allowHosts = new Set([...ruleOption<string[]>(rule, 'allowHosts', []), ...env.allowHosts].map((h) => h.toLowerCase()));
  const skipSchemes = new Set(ruleOption<string[]>(rule, 'skipSchemes', ['file']));
  const priority = rule.priority ?? 35;

  function span(out: Detection[], type: string, start: number, end: number): void {
    if (end > start) out.push({ ruleId: rule.id, type, start, end, priority });
  }

  const keepHost = (host: string): boolean => {
    const h = host.toLowerCase();
    return h === '' || LOOPBACK.test(h) || allowHosts.has(h);
  };

  function hostSpan(out: Detection[], host: string, start: number): void {
    const h = host.toLowerCase();
    if (keepHost(h)) return;
    span(out, IP_HOST.test(h) ? 'ip' : 'hostname', start, start + host.length);
  }

  function queryAndFragment(out: Detection[], rest: string, at: number): void {
    const hash = rest.indexOf('#');
    const query = hash >= 0 ? rest.slice(0, hash) : rest;
    if (hash >= 0) span(out, 'redacted', at + hash + 1, at + rest.length);
    let offset = at + 1;
    for (const pair of query.slice(1).split('&')) {
      const eq = pair.indexOf('=');
      const key = eq >= 0 ? pair.slice(0, eq) : pair;
      if (eq < 0 || !SAFE_QUERY_KEY.test(key)) span(out, 'redacted', offset, offset + (eq >= 0 ? eq : pair.length));
      if (eq >= 0) span(out, 'redacted', offset + eq + 1, offset + pair.length);
      offset += pair.length + 1;
    }
  }

  function detectUrl(out: Detection[], rest: string, at: number): void {
    rest = trimEndChars(rest, TRAILING);
    const authEnd = rest.search(/[/?#]/);
    const authority = authEnd < 0 ? rest : rest.slice(0, authEnd);
    const atSign = authority.lastIndexOf('@');
    if (atSign >= 0) span(out, 'redacted', at, at + atSign);
    const hostPort = authority.slice(atSign + 1);
    const portMatch = /:\d{0,5}$/.exec(hostPort);
    const host = portMatch ? hostPort.slice(0, portMatch.index) : hostPort;
    hostSpan(out, host, at + atSign + 1);
    if (authEnd < 0) return;
    const tail = rest.slice(authEnd);
    const qStart = tail.search(/[?#]/);
    const path = qStart < 0 ? tail : tail.slice(0, qStart);
    const pathAt = at + authEnd;
    if (path.length > 1) span(out, 'path', pathAt + 1, pathAt + path.length);
    if (qStart >= 0) queryAndFragment(out, tail.slice(qStart), pathAt + qStart);
  }

  function detect(text: string, out: Detection[]): void {
    const urlSpans: [number, number][] = [];
    for (const u of schemeUrls(text)) {
      urlSpans.push([u.start, u.restStart + u.rest.length]);
      if (skipSchemes.has(u.scheme.toLowerCase())) continue;
      detectUrl(out, u.rest, u.restStart);
    }
    SCHEMELESS_RE.lastIndex = 0;
    for (let m = SCHEMELESS_RE.exec(text); m !== null; m = SCHEMELESS_RE.exec(text)) {
      urlSpans.push([m.index!, m.index! + m[0].length]);
      detectUrl(out, m[1]!, m.index! + 2);
    }
    for (const r of scpRemotes(text)) {
      if (urlSpans.some(([s, e]) => r.userAt >= s && r.userAt < e)) continue;
      const hostAt = r.userAt + r.user.length + 1;
      if (r.user !== 'git') span(out, 'redacted', r.userAt, hostAt - 1);
      hostSpan(out, r.host, hostAt);
      const pathAt = hostAt + r.host.length + 1;
      span(out, 'path', pathAt, pathAt + r.path.length);
    }
  }

  return {
    text: { id: rule.id, keywords: ['//', '@'], detect: (text, out) => sameHostsEverywhere(text, detect, out, keepHost) },
    produces: ['redacted', 'hostname', 'ip', 'path'],
  };
};
