import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caught, type ErrorCase } from './case.js';
import { PLANTED, type FakeHome } from './plant.js';

/**
 * Node's own import(), out of reach of the test runner's module transform, so errors are Node's:
 * a CommonJS file that Node itself loads and compiles.
 */
function nativeImport(fake: FakeHome, specifier: string): Promise<unknown> {
  const helper = join(fake.root, 'native-import.cjs');
  writeFileSync(helper, 'module.exports = (specifier) => import(specifier);\n');
  return (createRequire(helper)(helper) as (specifier: string) => Promise<unknown>)(specifier);
}

/** Writes a module into the fake project and returns its file URL. */
function writeModule(fake: FakeHome, name: string, source: string): string {
  const file = join(fake.project, 'src', name);
  mkdirSync(join(fake.project, 'src'), { recursive: true });
  writeFileSync(file, source);
  return `${pathToFileURL(file).href}?v=${Math.random().toString(36).slice(2)}`;
}

const billing = `
export async function ${PLANTED.identifier}(${PLANTED.client}) {
  await null;
  return ${PLANTED.client}.${PLANTED.identifier}({ email: '${PLANTED.email}' });
}
export function runReport(code) {
  return eval(code);
}
`;

export const moduleCases: ErrorCase[] = [
  { id: 'cjs-missing-relative', produce: (f) => caught(() => createRequire(join(f.project, 'src', 'index.cjs'))(`./${PLANTED.fileWord}`)) },
  { id: 'cjs-missing-package', produce: (f) => caught(() => createRequire(join(f.project, 'src', 'index.cjs'))('left-pad-nope')) },
  { id: 'esm-missing-file', produce: (f) => caught(() => nativeImport(f, pathToFileURL(join(f.project, 'src', `${PLANTED.fileWord}.mjs`)).href)) },
  { id: 'esm-missing-package', produce: (f) => caught(() => nativeImport(f, writeModule(f, 'main.mjs', "import pad from 'left-pad-nope';\nexport default pad;\n"))) },
  {
    id: 'user-frames-not-a-function',
    produce: async (f) => {
      const module = (await nativeImport(f, writeModule(f, 'billing.mjs', billing))) as { [name: string]: (client: object) => Promise<unknown> };
      return caught(() => module[PLANTED.identifier]!({}));
    },
  },
  {
    id: 'user-frames-eval',
    produce: async (f) => {
      const module = (await nativeImport(f, writeModule(f, 'report.mjs', billing))) as { runReport: (code: string) => unknown };
      return caught(() => module.runReport(`(function ${PLANTED.identifier}() { return null.${PLANTED.client}; })()`));
    },
  },
  {
    id: 'esm-syntax-error',
    produce: (f) => caught(() => nativeImport(f, writeModule(f, 'broken.mjs', `const password = '${PLANTED.password}' +;\nexport default password;\n`))),
  },
];
