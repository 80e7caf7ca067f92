/**
 * Identity: a random anonymous id per machine, a random run id per process, and a project id that is
 * an HMAC-SHA256, keyed by a secret salt of this machine, of what identifies the project. The salt stays
 * in the settings file: without it the project id cannot be reversed by hashing guesses.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { ProjectSource } from './project-source.js';

export function newAnonymousId(): string {
  return randomUUID();
}

export function newRunId(): string {
  return randomUUID();
}

/** 32 random bytes, hex. */
export function newSalt(): string {
  return randomBytes(32).toString('hex');
}

/** The keyed hash of a project source: hex HMAC-SHA256 of `kind:value` under the salt. */
export function hashProjectId(salt: string, source: ProjectSource): string {
  return createHmac('sha256', salt).update(`${source.kind}:${source.value}`).digest('hex');
}
