import { copyFileSync, mkdirSync, promises, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caught, type ErrorCase } from './case.js';
import { PLANTED } from './plant.js';

const secretFile = (project: string) => join(project, 'config', `${PLANTED.fileWord}.json`);

export const fsCases: ErrorCase[] = [
  { id: 'fs-read-missing', produce: (f) => caught(() => readFileSync(secretFile(f.project))) },
  { id: 'fs-read-missing-async', produce: (f) => caught(() => promises.readFile(secretFile(f.project), 'utf8')) },
  { id: 'fs-rename-missing', produce: (f) => caught(() => renameSync(secretFile(f.project), join(f.home, `${PLANTED.fileWord}.bak`))) },
  { id: 'fs-copy-missing', produce: (f) => caught(() => copyFileSync(secretFile(f.project), join(f.project, 'copy.json'))) },
  { id: 'fs-mkdir-exists', produce: (f) => caught(() => mkdirSync(f.project)) },
  { id: 'fs-readdir-file', produce: (f) => caught(() => readdirSync(join(f.project, 'package.json'))) },
  { id: 'fs-read-directory', produce: (f) => caught(() => readFileSync(f.project)) },
  { id: 'fs-rmdir-not-empty', produce: (f) => caught(() => rmdirSync(f.home)) },
  { id: 'fs-rm-directory', produce: (f) => caught(() => rmSync(join(f.project, 'src'))) },
  {
    id: 'fs-write-into-file',
    produce: (f) => caught(() => writeFileSync(join(f.project, 'package.json', `${PLANTED.input}.txt`), PLANTED.password)),
  },
  {
    id: 'fs-arg-type',
    produce: () => caught(() => readFileSync({ token: PLANTED.githubToken } as unknown as string)),
  },
  {
    id: 'fs-wrapped-in-cause',
    produce: (f) =>
      caught(() => {
        const file = secretFile(f.project);
        try {
          readFileSync(file);
        } catch (cause) {
          throw new Error(`Could not load the settings of ${PLANTED.email} from ${file}`, { cause });
        }
      }),
  },
];
