import assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { caught, type ErrorCase } from './case.js';
import { PLANTED } from './plant.js';

const config = `{\n  "user": "${PLANTED.email}",\n  "apiKey": "${PLANTED.stripeKey}",\n  "db": "${PLANTED.host}",\n}`;

export const dataCases: ErrorCase[] = [
  { id: 'json-trailing-comma', produce: () => caught(() => JSON.parse(config)) },
  { id: 'json-unquoted-secret', produce: () => caught(() => JSON.parse(`{"apiKey": ${PLANTED.stripeKey}}`)) },
  { id: 'json-short-snippet', produce: () => caught(() => JSON.parse(`${PLANTED.password}`)) },
  { id: 'json-context-window', produce: () => caught(() => JSON.parse(`{"token": "${PLANTED.githubToken}", "host": ${PLANTED.host}, "pad": "${'x'.repeat(40)}"}`)) },
  {
    id: 'json-require-file',
    produce: (f) =>
      caught(() => {
        const file = join(f.project, `${PLANTED.fileWord}.json`);
        writeFileSync(file, config);
        createRequire(join(f.project, 'index.cjs'))(file);
      }),
  },
  { id: 'url-invalid', produce: () => caught(() => new URL(`https://${PLANTED.user}:${PLANTED.password}@${PLANTED.host}:99999/x`)) },
  { id: 'url-relative', produce: () => caught(() => new URL(`/reports/${PLANTED.fileWord}?token=${PLANTED.githubToken}`)) },
  {
    id: 'assert-deep-equal',
    produce: () => caught(() => assert.deepStrictEqual({ user: PLANTED.email, token: PLANTED.githubToken }, { user: PLANTED.email, token: 'expired' })),
  },
  { id: 'assert-strict-equal', produce: () => caught(() => assert.strictEqual(PLANTED.password, PLANTED.input)) },
  {
    id: 'assert-ok-source',
    produce: () =>
      caught(() => {
        const settings = { apiKey: PLANTED.stripeKey as string };
        assert.ok(settings.apiKey === 'sk_live_51HcPloverQ2w3e4r5t6y7u8i9o0pAsDfGhJx');
      }),
  },
  {
    id: 'circular-json',
    produce: () =>
      caught(() => {
        const ploverClient: Record<string, unknown> = { owner: PLANTED.email };
        ploverClient.chargeMarguerite = { back: ploverClient };
        JSON.stringify({ ploverClient });
      }),
  },
  {
    id: 'aggregate-login',
    produce: () =>
      caught(() =>
        Promise.any([
          Promise.reject(new Error(`Login failed for ${PLANTED.email}`)),
          Promise.reject(new TypeError(`Cannot read properties of undefined (reading '${PLANTED.identifier}')`)),
        ]),
      ),
  },
  {
    id: 'cause-chain',
    produce: () =>
      caught(() => {
        const root = Object.assign(new Error(`password authentication failed for user "${PLANTED.user}"`), { code: '28P01', host: PLANTED.host });
        const middle = new Error(`Query failed: SELECT * FROM invoices WHERE email = '${PLANTED.email}'`, { cause: root });
        throw new Error('Checkout failed', { cause: middle });
      }),
  },
  {
    id: 'custom-error-properties',
    produce: () =>
      caught(() => {
        class PaymentError extends Error {
          override name = 'PaymentError';
          customer = PLANTED.email;
          config = { url: `https://${PLANTED.host}/v1/charges`, headers: { Authorization: `Bearer ${PLANTED.githubToken}` } };
          code = 'E_CARD_DECLINED';
        }
        throw new PaymentError(`Card declined for ${PLANTED.user}: reference '${PLANTED.input}'`);
      }),
  },
];
