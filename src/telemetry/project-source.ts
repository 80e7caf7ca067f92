/**
 * What identifies a project, before hashing: the git root commit (the same in every clone and fork),
 * else the remote URL, else the directory. Reads `.git` directly; only the root commit needs `git`,
 * run with a short timeout and only when a `.git` exists.
 */
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { trimEndChars } from '../text/trim-end.js';

export type ProjectSourceKind = 'git-root-commit' | 'git-remote' | 'directory';

export interface ProjectSource {
  kind: ProjectSourceKind;
  value: string;
}

interface GitRepo {
  root: string;
  gitDir: string;
}

function tryRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The nearest repository above `cwd`: a `.git` directory, or a `.git` file (`gitdir: …`) of a worktree or submodule. */
export function findGitRepo(cwd: string): GitRepo | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const dotGit = join(dir, '.git');
    try {
      if (statSync(dotGit).isDirectory()) return { root: dir, gitDir: dotGit };
      const line = (tryRead(dotGit) ?? '').split('\n').find((l) => l.startsWith('gitdir:'));
      const pointer = line?.slice('gitdir:'.length).trim();
      if (pointer) return { root: dir, gitDir: resolve(dir, pointer) };
    } catch {
      // no .git here
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Drops credentials, a trailing `.git` and `/`, so a rotated token does not change the project. */
export function normalizeRemote(url: string): string {
  return trimEndChars(url.trim().replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1'), '/').replace(/\.git$/i, '');
}

/** The URL of `origin`, else of the first remote, from the repository's config file. */
export function readRemoteUrl(gitDir: string): string | undefined {
  const common = tryRead(join(gitDir, 'commondir'))?.trim();
  const config = tryRead(join(common ? resolve(gitDir, common) : gitDir, 'config'));
  if (config === undefined) return undefined;
  const remotes = new Map<string, string>();
  let current: string | undefined;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
    if (section) current = section[1];
    else if (/^\s*\[/.test(line)) current = undefined;
    else if (current !== undefined && !remotes.has(current)) {
      const key = /^\s*url\s*=/.exec(line);
      const url = key ? line.slice(key[0].length).trim() : undefined;
      if (url) remotes.set(current, url);
    }
  }
  const url = remotes.get('origin') ?? remotes.values().next().value;
  return url === undefined ? undefined : normalizeRemote(url);
}

function rootCommit(root: string, timeoutMs: number, env: Record<string, string | undefined>): Promise<string | undefined> {
  return new Promise((done) => {
    try {
      execFile('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: root, timeout: timeoutMs, windowsHide: true, env }, (error, stdout) => {
        const commits = error ? [] : String(stdout).split('\n').filter((c) => /^[0-9a-f]{40,64}$/.test(c)).sort();
        done(commits[0]);
      });
    } catch {
      done(undefined);
    }
  });
}

export async function findProjectSource(cwd: string, options: { gitTimeoutMs: number; env: Record<string, string | undefined> }): Promise<ProjectSource> {
  const repo = findGitRepo(cwd);
  if (repo === undefined) return { kind: 'directory', value: resolve(cwd) };
  const commit = await rootCommit(repo.root, options.gitTimeoutMs, options.env);
  if (commit !== undefined) return { kind: 'git-root-commit', value: commit };
  const remote = readRemoteUrl(repo.gitDir);
  if (remote !== undefined) return { kind: 'git-remote', value: remote };
  return { kind: 'directory', value: repo.root };
}
