import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createErrorScrubber } from '../../src/errors/error-scrubber.js';

/** A planted word: `zq` and letters, so it cannot occur in template words, frames or placeholders. */
const planted = fc.stringMatching(/^[a-z]{5,9}$/).map((word) => `zq${word}`);
const position = fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 999 }));
const root = fc.constantFrom('/home/ana', '/Users/ana', 'C:\\Users\\ana', 'file:///home/ana', '/srv/app', '\\\\server\\share');
const join = (base: string, parts: string[]) => {
  const separator = base.includes('\\') && !base.startsWith('file:') ? '\\' : '/';
  return [base, ...parts].join(separator);
};

interface Frame {
  line: string;
  secrets: string[];
  keep: string[];
}

const userFrame = fc.tuple(planted, planted, root, position).map(([fn, dir, base, [l, c]]): Frame => ({
  line: `    at ${fn} (${join(base, [dir, 'index.js'])}:${l}:${c})`,
  secrets: [fn, dir],
  keep: [`:${l}:${c})`],
}));
const anonymousFrame = fc.tuple(planted, root, position).map(([dir, base, [l, c]]): Frame => ({
  line: `    at async ${join(base, [dir, 'main.mjs'])}:${l}:${c}`,
  secrets: [dir],
  keep: [`:${l}:${c}`],
}));
const nodeFrame = fc.tuple(fc.constantFrom('Object.openSync', 'Module._compile', 'process.processTicksAndRejections'), fc.constantFrom('node:fs', 'node:internal/modules/cjs/loader'), position).map(
  ([fn, file, [l, c]]): Frame => ({ line: `    at ${fn} (${file}:${l}:${c})`, secrets: [], keep: [`    at ${fn} (${file}:${l}:${c})`] }),
);
const packageFrame = fc.tuple(planted, root, fc.constantFrom('esbuild', '@babel/core', 'vite'), position).map(([dir, base, pkg, [l, c]]): Frame => ({
  line: `    at run (${join(base, [dir, 'node_modules', ...pkg.split('/'), 'lib', 'main.js'])}:${l}:${c})`,
  secrets: [dir],
  keep: [`node_modules/${pkg}/lib/main.js:${l}:${c}`, 'at run ('],
}));
const evalFrame = fc.tuple(planted, planted, root, position).map(([fn, dir, base, [l, c]]): Frame => ({
  line: `    at eval (eval at ${fn} (${join(base, [dir, 'a.js'])}:${l}:${c}), <anonymous>:1:2)`,
  secrets: [fn, dir],
  keep: [`:${l}:${c}), <anonymous>:1:2)`],
}));
const nativeFrame = fc.constant<Frame>({ line: '    at Array.map (<anonymous>)', secrets: [], keep: ['    at Array.map (<anonymous>)'] });
const frame = fc.oneof(userFrame, anonymousFrame, nodeFrame, packageFrame, evalFrame, nativeFrame);

const header = fc.tuple(planted, root).map(([dir, base]) => ({
  text: `Error: ENOENT: no such file or directory, open '${join(base, [dir, 'config.json'])}'`,
  secrets: [dir],
}));

describe('random stacks', () => {
  const scrubber = createErrorScrubber({ context: { home: '/home/ana', cwd: '/home/ana/app', user: 'ana' } });

  it('lose every planted segment, keep their layout, runtime and package frames, and scrub idempotently', () => {
    fc.assert(
      fc.property(header, fc.array(frame, { minLength: 1, maxLength: 12 }), (head, frames) => {
        const stack = [head.text, ...frames.map((f) => f.line)].join('\n');
        const { value } = scrubber.scrubError({ name: 'Error', message: head.text.slice(7), stack });
        const out = value.stack ?? '';
        for (const secret of [...head.secrets, ...frames.flatMap((f) => f.secrets)]) expect(out).not.toContain(secret);
        for (const token of frames.flatMap((f) => f.keep)) expect(out).toContain(token);
        expect(out.split('\n')).toHaveLength(frames.length + 1);
        expect(value.frames).toHaveLength(frames.length);
        expect(out.startsWith('Error: ENOENT: no such file or directory, open ')).toBe(true);
        expect(scrubber.scrubError({ name: 'Error', message: '', stack: out }).value.stack).toBe(out);
      }),
      { numRuns: 150 },
    );
  });
});
