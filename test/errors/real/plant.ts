/**
 * The fake machine of the real-error fixtures: a home directory with a project, and the
 * sensitive values planted in env, paths, file names, inputs, command lines and identifiers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScrubContext } from '../../../src/types.js';

/** Every value that must be gone from every scrubbed fixture. */
export const PLANTED = {
  user: 'marguerite',
  project: 'nightjar-payments',
  host: 'db7.corp-plover.internal',
  email: 'marguerite.dubois@plover-mail.example',
  password: 'Tr0ub4dor-Plover-93',
  githubToken: 'ghp_Q3v9xLm2Rt8Kp4Wz7Yb1Nc6Hd0Fs5Ja2Ue8',
  stripeKey: 'sk_live_51HcPloverQ2w3e4r5t6y7u8i9o0pAsDfGhJ',
  identifier: 'chargeMarguerite',
  client: 'ploverClient',
  fileWord: 'invoice-dubois-2024',
  input: 'peregrine-falcon-7731',
} as const;

export const PLANTED_VALUES: readonly string[] = Object.values(PLANTED);

export interface FakeHome {
  root: string;
  home: string;
  project: string;
  env: Record<string, string>;
  cleanup(): void;
}

/** Creates `home/<user>/<project>` in a new temporary directory, with a package.json. */
export function createFakeHome(): FakeHome {
  const root = mkdtempSync(join(tmpdir(), 'scrubjay-errors-'));
  const home = join(root, 'home', PLANTED.user);
  const project = join(home, PLANTED.project);
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', type: 'module' }));
  const env = {
    HOME: home,
    GITHUB_TOKEN: PLANTED.githubToken,
    STRIPE_SECRET_KEY: PLANTED.stripeKey,
    DATABASE_URL: `postgres://app:${PLANTED.password}@${PLANTED.host}:5432/app`,
    SUPPORT_EMAIL: PLANTED.email,
  };
  return { root, home, project, env, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export type Platform = 'linux' | 'macos' | 'windows';
export const PLATFORMS: readonly Platform[] = ['linux', 'macos', 'windows'];

/** Where the fake home lives on each platform. */
export function homeOn(platform: Platform, fake: FakeHome): string {
  if (platform === 'linux') return fake.home;
  return platform === 'macos' ? `/Users/${PLANTED.user}` : `C:\\Users\\${PLANTED.user}`;
}

const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Rewrites the Linux paths of the fake home in a string into their macOS or Windows equivalent. */
export function translateText(text: string, platform: Platform, fake: FakeHome): string {
  if (platform === 'linux') return text;
  const target = homeOn(platform, fake);
  // Absolute paths, and the relative ones tools print from the test's working directory (`../../tmp/…`).
  const home = `(?:(?:\\.\\./)+${escapeRegex(fake.home.slice(1))}|${escapeRegex(fake.home)})`;
  if (platform === 'macos') return text.replace(new RegExp(home, 'g'), target);
  const fileUrl = new RegExp(`file://${escapeRegex(fake.home)}`, 'g');
  const path = new RegExp(`${home}([^\\s'"():,]*)`, 'g');
  return text
    .replace(fileUrl, `file:///C:/Users/${PLANTED.user}`)
    .replace(path, (_match, rest: string) => target + rest.replace(/\//g, '\\'));
}

/** The scrubber context of the fake machine on a platform. */
export function contextOn(platform: Platform, fake: FakeHome): ScrubContext {
  const home = homeOn(platform, fake);
  const separator = platform === 'windows' ? '\\' : '/';
  return {
    home,
    cwd: `${home}${separator}${PLANTED.project}`,
    user: PLANTED.user,
    hostname: 'marguerite-laptop',
    env: { ...fake.env, HOME: home },
  };
}
