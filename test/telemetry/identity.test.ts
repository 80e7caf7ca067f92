import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashProjectId, newAnonymousId, newRunId, newSalt } from '../../src/telemetry/identity.js';
import { findGitRepo, findProjectSource, normalizeRemote, readRemoteUrl } from '../../src/telemetry/project-source.js';

const base = mkdtempSync(join(tmpdir(), 'scrubjay-identity-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const gitEnv = { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: base, HOME: base };

function dir(...parts: string[]): string {
  const path = join(base, ...parts);
  mkdirSync(path, { recursive: true });
  return path;
}

describe('hashProjectId: HMAC-SHA256 keyed by the machine salt', () => {
  const salt = 'a'.repeat(64);
  const source = { kind: 'git-root-commit', value: 'e83c5163316f89bfbde7d9ab23ca2e25604af290' } as const;

  it('is the HMAC-SHA256 of kind:value under the salt, hex', () => {
    expect(hashProjectId(salt, source)).toBe(createHmac('sha256', salt).update(`${source.kind}:${source.value}`).digest('hex'));
    expect(hashProjectId(salt, source)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is never the unsalted hash a dictionary could reverse', () => {
    const id = hashProjectId(salt, source);
    for (const text of [source.value, `${source.kind}:${source.value}`]) expect(id).not.toBe(createHash('sha256').update(text).digest('hex'));
  });

  it.each([
    ['another salt', 'b'.repeat(64), source],
    ['another kind', salt, { kind: 'git-remote', value: source.value }],
    ['another value', salt, { kind: 'git-root-commit', value: 'f'.repeat(40) }],
  ] as const)('%s gives another id; the same input the same id', (_name, otherSalt, otherSource) => {
    expect(hashProjectId(salt, source)).toBe(hashProjectId(salt, { ...source }));
    expect(hashProjectId(otherSalt, otherSource)).not.toBe(hashProjectId(salt, source));
  });

  it('ids and salts are random', () => {
    expect(newAnonymousId()).not.toBe(newAnonymousId());
    expect(newRunId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(newSalt()).toMatch(/^[0-9a-f]{64}$/);
    expect(newSalt()).not.toBe(newSalt());
  });
});

describe('project source', () => {
  it.each([
    ['https://github.com/acme/shop.git', 'https://github.com/acme/shop'],
    ['https://x-access-token:ghp_abc@github.com/acme/shop.git', 'https://github.com/acme/shop'],
    ['git@github.com:acme/shop.git', 'git@github.com:acme/shop'],
    ['ssh://git@host/acme/shop/', 'ssh://host/acme/shop'],
  ])('normalizeRemote(%s) = %s', (url, normalized) => {
    expect(normalizeRemote(url)).toBe(normalized);
  });

  it('reads origin (else the first remote) from .git/config without git', () => {
    const repo = dir('remote-repo');
    writeFileSync(join(dir('remote-repo', '.git'), 'config'), '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/up/shop.git\n[remote "origin"]\n\turl = https://token@github.com/acme/shop.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n');
    expect(readRemoteUrl(join(repo, '.git'))).toBe('https://github.com/acme/shop');
    writeFileSync(join(repo, '.git', 'config'), '[remote "upstream"]\n  url = git@github.com:up/shop.git\n');
    expect(readRemoteUrl(join(repo, '.git'))).toBe('git@github.com:up/shop');
  });

  it('finds the repository above the cwd, and follows a .git file (worktree)', () => {
    const repo = dir('worktree');
    const gitDir = dir('main.git', 'worktrees', 'wt');
    writeFileSync(join(repo, '.git'), `gitdir: ${gitDir}\n`);
    writeFileSync(join(gitDir, 'commondir'), '../..\n');
    writeFileSync(join(base, 'main.git', 'config'), '[remote "origin"]\n\turl = https://github.com/acme/wt.git\n');
    expect(findGitRepo(dir('worktree', 'src', 'pages'))).toEqual({ root: repo, gitDir });
    expect(readRemoteUrl(gitDir)).toBe('https://github.com/acme/wt');
  });

  it('falls back to the remote when git finds no commit, then to the directory', async () => {
    const repo = dir('no-commits');
    writeFileSync(join(dir('no-commits', '.git'), 'config'), '[remote "origin"]\n\turl = https://github.com/acme/nc.git\n');
    expect(await findProjectSource(join(repo), { gitTimeoutMs: 2_000, env: gitEnv })).toEqual({ kind: 'git-remote', value: 'https://github.com/acme/nc' });
    const plain = dir('plain', 'sub');
    expect(await findProjectSource(plain, { gitTimeoutMs: 2_000, env: gitEnv })).toEqual({ kind: 'directory', value: plain });
  });

  const hasGit = (() => {
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasGit)('uses the root commit of a real repository (a temp repo with two commits)', async () => {
    const repo = dir('real');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, env: gitEnv, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'root');
    const root = git('rev-parse', 'HEAD');
    git('commit', '-q', '--allow-empty', '-m', 'second');
    expect(await findProjectSource(dir('real', 'deep'), { gitTimeoutMs: 5_000, env: gitEnv })).toEqual({ kind: 'git-root-commit', value: root });
  });
});
