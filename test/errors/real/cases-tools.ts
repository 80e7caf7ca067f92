import { parse as babelParse } from '@babel/parser';
import * as acorn from 'acorn';
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import ts from 'typescript';
import YAML from 'yaml';
import { z } from 'zod';
import { caught, type ErrorCase } from './case.js';
import { PLANTED, type FakeHome } from './plant.js';

const source = [
  `import { ${PLANTED.client} } from './${PLANTED.fileWord}';`,
  `import pad from 'left-pad-nope';`,
  `const apiKey = '${PLANTED.stripeKey}';`,
  `export const greeting = \`Hello ${PLANTED.user}\`;`,
  `export default ${PLANTED.client}.${PLANTED.identifier}(apiKey, pad) +;`,
].join('\n');

function writeSource(fake: FakeHome, name: string, text = source): string {
  const file = join(fake.project, 'src', name);
  writeFileSync(file, text);
  return file;
}

/** TypeScript reports diagnostics instead of throwing: the error a build tool raises with tsc's own text. */
function typescriptError(fake: FakeHome): Error {
  const file = writeSource(fake, 'checkout.ts', source.replace(' +;', ';'));
  const program = ts.createProgram([file], { noEmit: true, strict: true, types: [] });
  const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => fake.project, getNewLine: () => '\n' };
  return Object.assign(new Error(`TypeScript failed:\n${ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), host)}`), { code: 'TS_CHECK_FAILED' });
}

export const toolCases: ErrorCase[] = [
  { id: 'acorn-parse', produce: () => caught(() => acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' })) },
  { id: 'babel-parse', produce: () => caught(() => babelParse(source, { sourceType: 'module', sourceFilename: `${PLANTED.fileWord}.js` })) },
  {
    id: 'esbuild-build',
    produce: (f) => caught(() => esbuild.build({ entryPoints: [writeSource(f, 'entry.js', source.replace(' +;', ';'))], bundle: true, write: false, logLevel: 'silent' })),
  },
  { id: 'esbuild-transform', produce: () => caught(() => esbuild.transformSync(source, { loader: 'ts', sourcefile: `${PLANTED.fileWord}.ts` })) },
  { id: 'rollup-parse', produce: (f) => caught(() => rollup({ input: writeSource(f, 'bundle.js'), logLevel: 'silent' })) },
  { id: 'typescript-diagnostics', produce: (f) => caught(() => Promise.reject(typescriptError(f))) },
  {
    // A config validated with zod: the ZodError's message is the JSON of its issues, with user input.
    id: 'zod-config-validation',
    produce: () =>
      caught(() =>
        z
          .object({ owner: z.email(), apiKey: z.string().startsWith('sk_test_'), region: z.enum(['eu', 'us']) })
          .parse({ owner: `${PLANTED.user} at ${PLANTED.host}`, apiKey: PLANTED.stripeKey, region: PLANTED.project }),
      ),
  },
  {
    // YAML with a syntax error: yaml's message quotes the line with a caret under it.
    id: 'yaml-parse',
    produce: () => caught(() => YAML.parse(`deploy:\n  token: ${PLANTED.githubToken}\n  owner: "${PLANTED.email}\n  host: [${PLANTED.host}\n`)),
  },
];
