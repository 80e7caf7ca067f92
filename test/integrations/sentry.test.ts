import { contextLinesIntegration, defaultStackParser, NodeClient, Scope } from '@sentry/node';
import type { Envelope } from '@sentry/core';
import { describe, expect, it } from 'vitest';
import { scrubjaySentry, scrubjaySentryIntegration } from '../../src/integrations/sentry.js';
import type { ScrubjaySentryOptions } from '../../src/integrations/sentry.js';
import { CONTEXT, expectClean, PLANTED, plantedError } from './planted.js';

interface Captured {
  envelopes: Envelope[];
  client: NodeClient;
}

/** A real NodeClient whose transport keeps the envelopes in memory (no network). */
function sentryClient(options: Partial<ConstructorParameters<typeof NodeClient>[0]>): Captured {
  const envelopes: Envelope[] = [];
  const client = new NodeClient({
    dsn: 'https://public@127.0.0.1/1',
    transport: () => ({
      send: async (envelope: Envelope) => {
        envelopes.push(envelope);
        return {};
      },
      flush: async () => true,
    }),
    stackParser: defaultStackParser,
    integrations: [contextLinesIntegration()],
    release: 'nightjar@1.2.3',
    environment: 'production',
    ...options,
  });
  client.init();
  return { envelopes, client };
}

/** The event items of the captured envelopes. */
function events(envelopes: Envelope[]): Record<string, any>[] {
  return envelopes.flatMap((env) => (env[1] as unknown as [{ type: string }, unknown][]).filter(([h]) => h.type === 'event' || h.type === 'transaction').map(([, e]) => e as Record<string, any>));
}

const options: ScrubjaySentryOptions = { context: CONTEXT };

async function capture(client: NodeClient): Promise<void> {
  const scope = new Scope();
  scope.setClient(client);
  scope.setUser({ id: 'u-42', email: PLANTED.email, username: PLANTED.user });
  scope.setExtra('config', { apiKey: PLANTED.stripe, path: `${PLANTED.homeDir}/config.json` });
  scope.setTag('deploy', PLANTED.envToken);
  scope.addBreadcrumb({ category: 'http', message: `GET https://${PLANTED.user}:${PLANTED.password}@api.nightjar.example/v1`, data: { token: PLANTED.github } });
  scope.captureException(plantedError());
  await client.flush(2000);
}

describe.each([
  // `traceLifecycle: 'static'` so that Sentry 11 uses beforeSendTransaction and does not warn about it.
  ['hooks', () => ({ ...scrubjaySentry(options), traceLifecycle: 'static' as const })],
  ['integration', () => ({ integrations: [contextLinesIntegration(), scrubjaySentryIntegration(options)] })],
])('scrubjay/sentry %s with a real NodeClient', (_name, setup) => {
  it('sends an envelope with none of the planted values, the error type, required fields and package frames', async () => {
    const { envelopes, client } = sentryClient(setup());
    await capture(client);
    expect(envelopes).toHaveLength(1);
    const raw = JSON.stringify(envelopes);
    expectClean(raw);
    const [event] = events(envelopes);
    expect(event).toBeDefined();
    expect(event!.event_id).toMatch(/^[0-9a-f]{32}$/);
    expect(typeof event!.timestamp).toBe('number');
    expect(event!.platform).toBe('node');
    expect(event!.level).toBe('error');
    expect(event!.sdk?.name).toBe('sentry.javascript.node');
    expect(event!.release).toBe('nightjar@1.2.3');
    const exception = event!.exception.values[0];
    expect(exception.type).toBe('TypeError');
    expect(exception.value).toContain('<env:NIGHTJAR_DEPLOY_TOKEN>');
    const frames: Record<string, any>[] = exception.stacktrace.frames;
    const pkg = frames.find((f) => /node_modules\/(@vitest|vitest)\//.test(String(f.filename)));
    expect(pkg, 'a vitest frame').toBeDefined();
    expect(pkg!.in_app).toBe(false);
    expect(pkg!.filename).toMatch(/^<project>\/node_modules\/(@vitest\/[a-z-]+|vitest)\//);
    const own = frames.find((f) => String(f.filename).includes('planted.ts'));
    expect(own?.filename).toBe('<project>/test/integrations/planted.ts');
    expect(own?.in_app).toBe(true);
    expect(own?.context_line).toContain('throw new TypeError(');
    expect(own?.pre_context?.join('\n')).toContain('<string>');
    expect(frames.some((f) => f.filename === '<home>')).toBe(true);
    expect(event!.breadcrumbs?.[0]?.data).toEqual({ token: '<redacted>' });
    expect(event!.user).toEqual({ id: 'u-42', email: '<redacted>', username: '<redacted>' });
  });

  it('rewrites frames deterministically: the same error twice gives identical frames', async () => {
    const { envelopes, client } = sentryClient(setup());
    // Two errors from the same line (Sentry skips an error object it has already captured).
    for (let i = 0; i < 2; i++) client.captureException(plantedError());
    await client.flush(2000);
    const [a, b] = events(envelopes);
    expect(a!.exception.values[0].stacktrace).toEqual(b!.exception.values[0].stacktrace);
    expect(a!.exception.values[0].value).toEqual(b!.exception.values[0].value);
  });
});

describe('scrubjay/sentry hooks on event shapes', () => {
  const hooks = scrubjaySentry(options);

  it('scrubs request url, query string, headers, cookies and data; keeps the method', () => {
    const event = {
      event_id: 'a'.repeat(32),
      request: {
        method: 'POST',
        url: `https://${PLANTED.user}:${PLANTED.password}@shop.example/checkout?token=${PLANTED.envToken}`,
        query_string: `token=${PLANTED.envToken}&page=2`,
        headers: { Authorization: `Bearer ${PLANTED.github}`, 'User-Agent': 'curl/8.0' },
        cookies: { session: 'abc123-session', theme: 'dark' },
        data: { email: PLANTED.email, note: `key ${PLANTED.stripe}` },
      },
    };
    const out = hooks.beforeSend(event)!;
    expectClean(JSON.stringify(out));
    expect(out.request.method).toBe('POST');
    expect(out.request.headers['User-Agent']).toBe('curl/8.0');
    expect(out.request.cookies).toEqual({ session: '<redacted>', theme: '<redacted>' });
    expect(out.request.query_string).toMatch(/^token=<[\w:-]+>&page=/);
    expect(JSON.stringify(out)).not.toContain('abc123-session');
    expect(event.request.data.email).toBe(PLANTED.email);
  });

  it('scrubs breadcrumbs, logentry, transaction spans and streamed spans; keeps ids', () => {
    const crumb = hooks.beforeBreadcrumb({ category: 'console', level: 'info', message: `user ${PLANTED.email} logged in`, timestamp: 1 })!;
    expect(crumb).toEqual({ category: 'console', level: 'info', message: 'user <email> logged in', timestamp: 1 });
    const trace = { trace_id: 'f'.repeat(32), span_id: 'e'.repeat(16), op: 'http.server', data: { 'url.full': `https://x.example/?k=${PLANTED.envToken}` } };
    const tx = hooks.beforeSendTransaction({ type: 'transaction', transaction: 'GET /checkout', contexts: { trace }, spans: [{ ...trace, description: `SELECT 1 -- ${PLANTED.email}` }] })!;
    expectClean(JSON.stringify(tx));
    expect(tx.contexts.trace.trace_id).toBe(trace.trace_id);
    expect(tx.spans[0]!.span_id).toBe(trace.span_id);
    const span = hooks.beforeSendSpan({ trace_id: trace.trace_id, span_id: trace.span_id, name: `job ${PLANTED.envToken}`, status: 'ok', is_segment: true, start_timestamp: 1, attributes: { 'user.email': PLANTED.email } });
    expectClean(JSON.stringify(span));
    expect(span.trace_id).toBe(trace.trace_id);
    const log = hooks.beforeSendLog({ level: 'info', message: `hello ${PLANTED.email}`, attributes: { token: PLANTED.github } })!;
    expect(log.level).toBe('info');
    expectClean(JSON.stringify(log));
  });

  it('fails closed: an event whose scrubbing throws is dropped', () => {
    const hostile = { event_id: 'x', get message(): string { throw new Error('boom'); } };
    expect(hooks.beforeSend(hostile)).toBeNull();
  });
});
