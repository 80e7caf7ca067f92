import { exec, execFileSync, execSync, spawn } from 'node:child_process';
import { promises as dns } from 'node:dns';
import { createServer, connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { caught, type ErrorCase } from './case.js';
import { PLANTED } from './plant.js';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const pushCommand = `git push https://x-access-token:${PLANTED.githubToken}@github.com/plover/${PLANTED.project}.git --force`;

export const processCases: ErrorCase[] = [
  { id: 'exec-sync-git-push', produce: (f) => caught(() => execSync(pushCommand, { cwd: f.project, stdio: 'pipe', env: { ...process.env, ...f.env } })) },
  {
    id: 'exec-async-git-push',
    produce: (f) => caught(() => new Promise((resolve, reject) => exec(pushCommand, { cwd: f.project }, (error) => (error ? reject(error) : resolve(null))))),
  },
  {
    id: 'spawn-missing-program',
    produce: (f) =>
      caught(
        () =>
          new Promise((resolve, reject) => {
            const child = spawn(join(f.home, 'bin', `deploy-${PLANTED.project}`), ['--token', PLANTED.githubToken, PLANTED.host]);
            child.on('error', reject);
            child.on('exit', resolve);
          }),
      ),
  },
  {
    id: 'exec-file-child-crash',
    produce: (f) =>
      caught(() =>
        execFileSync(process.execPath, ['-e', `throw new Error('cannot reach ' + process.env.DATABASE_URL)`], { cwd: f.project, stdio: 'pipe', env: { ...process.env, ...f.env } }),
      ),
  },
  { id: 'dns-lookup', produce: () => caught(() => dns.lookup(PLANTED.host)) },
  {
    id: 'net-connect-refused',
    produce: async () => {
      const port = await closedPort();
      return caught(() => new Promise((resolve, reject) => connect(port, '127.0.0.1').on('error', reject).on('connect', resolve)));
    },
  },
  {
    id: 'fetch-refused',
    produce: async () => {
      const port = await closedPort();
      return caught(() => fetch(`http://127.0.0.1:${port}/reports/${PLANTED.fileWord}?token=${PLANTED.githubToken}`));
    },
  },
  { id: 'fetch-credentials', produce: () => caught(() => fetch(`http://${PLANTED.user}:${PLANTED.password}@localhost:8080/`)) },
  { id: 'fetch-invalid-url', produce: () => caught(() => fetch(`${PLANTED.host}/charges?key=${PLANTED.stripeKey}`)) },
];
