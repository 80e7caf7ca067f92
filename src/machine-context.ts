/** The machine facts of this Node.js process, for the default context of the Node entry. */
import { homedir, hostname, tmpdir, userInfo } from 'node:os';
import type { ScrubContext } from './types.js';

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function machineContext(): ScrubContext {
  const context: ScrubContext = { env: { ...process.env } };
  const cwd = attempt(() => process.cwd());
  const home = attempt(() => homedir());
  const user = attempt(() => userInfo().username);
  const host = attempt(() => hostname());
  const tmp = attempt(() => tmpdir());
  if (cwd) context.cwd = cwd;
  if (home) context.home = home;
  if (user) context.user = user;
  if (host) context.hostname = host;
  if (tmp) context.tmpdir = tmp;
  return context;
}
