/** Secrets planted in the child's error and config; none of them may reach the collector. */

export const TOOL = { name: 'jaytest', version: '3.1.4' };
export const DEPLOY_TOKEN = 'dpl_7Hq2LmZ9xW4rT8vN';
export const STRIPE_KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
export const DB_PASSWORD = 'hunter2pw-Xq9';
export const DATABASE_URL = `postgres://admin:${DB_PASSWORD}@db.acme-internal.dev:5432/prod`;
export const EMAIL = 'jane.doe@acme-corp.com';
export const PRIVATE_PLUGIN = '@acme-corp/secret-plugin';
export const PRIVATE_HOST = 'preview.acme-internal.dev';

/** Strings that must not occur in anything the collector receives (besides the sandbox paths). */
export const PLANTED = [DEPLOY_TOKEN, STRIPE_KEY, DB_PASSWORD, 'acme-internal', EMAIL, PRIVATE_PLUGIN, 'marguerite', 'nightjar-shop'];

export const CONFIG_SCHEMA = {
  name: 'jaytest',
  root: {
    kind: 'object' as const,
    properties: {
      output: { kind: 'enum' as const, values: ['static', 'server'] },
      site: { kind: 'defined' as const },
      outDir: { kind: 'defined' as const },
      integrations: { kind: 'array' as const, items: { kind: 'package' as const, allow: ['@astrojs/*'] } },
      env: { kind: 'keys' as const },
    },
  },
};

export function plantedConfig(home: string): Record<string, unknown> {
  return {
    output: 'server',
    site: `https://${PRIVATE_HOST}/`,
    outDir: `${home}/private/out`,
    integrations: ['@astrojs/mdx', PRIVATE_PLUGIN],
    env: { STRIPE_SECRET_KEY: STRIPE_KEY, DATABASE_URL },
    [EMAIL]: true,
  };
}

/** A real error (fs ENOENT under the home directory) wrapped with a message full of secrets. */
export function plantedError(home: string, readFile: (path: string) => unknown): Error {
  try {
    readFile(`${home}/.cache/jaytest/${DEPLOY_TOKEN}/manifest.json`);
    return new Error('unreachable');
  } catch (cause) {
    return new Error(`deploy with ${STRIPE_KEY} to ${DATABASE_URL} failed for ${EMAIL} (token ${DEPLOY_TOKEN})`, { cause });
  }
}
