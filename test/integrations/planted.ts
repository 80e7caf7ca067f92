/**
 * Planted values for the integration tests: a real error carrying an environment token, format
 * tokens, an email, URL credentials, this machine's user name and a frame under the home directory.
 * Each test feeds it through a real SDK and checks that none of them reaches the SDK's output.
 */
import { homedir } from 'node:os';
import { expect } from 'vitest';
import { machineContext } from '../../src/machine-context.js';
import type { ScrubContext } from '../../src/types.js';

export const PLANTED = {
  envToken: 'njs_live_7c1f4e9a2b8d6053e4a1c9f7b2d8e6a0',
  github: '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',
  stripe: 'sk_live_51NjGhTjArM4rGu3r1t3F4k3K3yD0N0tUs3xYz0123456789AbCdEf',
  email: 'marguerite.dupont@nightjar-flowers.fr',
  password: 'Pl4nt3dDbP4ssw0rd9x',
  user: 'marguerite-dupont',
  homeDir: `${homedir()}/.config/nightjar-shop`,
} as const;

/** This machine's context, with the planted user name and the planted token as an environment value. */
export const CONTEXT: ScrubContext = {
  ...machineContext(),
  user: PLANTED.user,
  env: { ...process.env, NIGHTJAR_DEPLOY_TOKEN: PLANTED.envToken },
};

export const PLANTED_MESSAGE =
  `cannot reach postgres://nightjar_app:${PLANTED.password}@db.nightjar.internal:5432/shop as ${PLANTED.email} ` +
  `(user ${PLANTED.user}, token ${PLANTED.envToken})`;

/** A frame under the home directory, inserted after the first frame of a real stack. */
export const HOME_FRAME = `    at loadSecrets (${PLANTED.homeDir}/load-secrets.js:12:7)`;

/** A real TypeError, thrown and caught, whose stack also names a file under the home directory. */
export function plantedError(): TypeError {
  const stripe = 'sk_live_51NjGhTjArM4rGu3r1t3F4k3K3yD0N0tUs3xYz0123456789AbCdEf'; const github = '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';
  try {
    throw new TypeError(`${PLANTED_MESSAGE} key=${stripe} gh=${github}`);
  } catch (error) {
    const err = error as TypeError;
    const lines = (err.stack ?? '').split('\n');
    err.stack = [lines[0], lines[1], HOME_FRAME, ...lines.slice(2)].join('\n');
    return err;
  }
}

/** Every planted value, and the home directory itself. */
export const PLANTED_VALUES: readonly string[] = [...Object.values(PLANTED), homedir(), 'nightjar_app'];

export function expectClean(output: string): void {
  for (const value of PLANTED_VALUES) expect(output, `leaked ${value.slice(0, 12)}…`).not.toContain(value);
}
