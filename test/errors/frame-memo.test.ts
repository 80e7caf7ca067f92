import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';

const context = { home: '/home/marguerite', cwd: '/home/marguerite/shop', user: 'marguerite' };

function failure(line: number, column: number): Error {
  const error = new Error('ENOENT: no such file or directory, open \'/home/marguerite/shop/data/orders.csv\'');
  error.stack = [
    `Error: ${error.message}`,
    `    at readOrders (/home/marguerite/shop/src/orders.js:${line}:${column})`,
    `    at async Promise.all (index 0)`,
    `    at Object.run [as handler] (/home/marguerite/shop/node_modules/cli-kit/lib/run.js:${line + 10}:${column + 1})`,
    `    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
  ].join('\n');
  return error;
}

describe('the frame memo', () => {
  // A scrubber that saw the frames before (at other lines) must give exactly what a fresh one gives.
  it('gives the same output and findings as scrubbing the frames afresh, at other lines and columns', () => {
    const warm = createScrubber({ context });
    warm.scrub({ error: failure(3, 7) });
    const later = { error: failure(1234, 56) };
    expect(warm.scrub(later)).toEqual(createScrubber({ context }).scrub(later));
  });

  it('moves the findings to the frame\'s own line', () => {
    const warm = createScrubber({ context });
    warm.scrub({ error: failure(3, 7) });
    const error = failure(98765, 4321);
    const { findings } = warm.scrub({ error });
    const stackFindings = findings.filter((f) => f.pointer === '/error/stack');
    expect(stackFindings.length).toBeGreaterThan(0);
    for (const f of stackFindings.filter((f) => f.type === 'project')) expect(error.stack!.slice(f.start, f.end)).toMatch(/^\/home\/marguerite\/shop/);
  });

  it('is not used with numbering, where placeholders depend on the call', () => {
    const numbered = createScrubber({ context, numbering: true });
    numbered.scrub({ other: '/home/marguerite/shop/x.js', error: failure(3, 7) });
    const later = { error: failure(5, 9) };
    expect(numbered.scrub(later)).toEqual(createScrubber({ context, numbering: true }).scrub(later));
  });
});

describe('the message memo', () => {
  it('gives a second error with the same message what a fresh scrubber gives, findings included', () => {
    const warm = createScrubber({ context });
    warm.scrub({ error: failure(3, 7) });
    const later = { error: failure(40, 2), other: 'x' };
    const fresh = createScrubber({ context }).scrub(later);
    const again = warm.scrub(later);
    expect(again).toEqual(fresh);
    expect(again.findings.some((f) => f.pointer === '/error/message')).toBe(true);
  });
});

describe('the header memo', () => {
  // A stack whose header holds a code frame (the lines Node prints before `TypeError: …`) and a path.
  function withCodeFrame(line: number): Error {
    const error = new TypeError('Invalid URL');
    error.stack = [
      '/home/marguerite/shop/src/load.js:12',
      "    const href = new URL(process.env.SHOP_API ?? 'http://10.1.2.3:8080/api');",
      '                 ^',
      '',
      'TypeError: Invalid URL',
      `    at loadConfig (/home/marguerite/shop/src/load.js:${line}:18)`,
      '    at node:internal/main/run_main_module:28:49',
    ].join('\n');
    return error;
  }

  it('gives a second stack with the same header what a fresh scrubber gives, findings included', () => {
    const warm = createScrubber({ context });
    warm.scrub({ error: withCodeFrame(12) });
    const later = { error: withCodeFrame(77) };
    const fresh = createScrubber({ context }).scrub(later);
    const again = warm.scrub(later);
    expect(again).toEqual(fresh);
    const headerFindings = again.findings.filter((f) => f.pointer === '/error/stack' && f.start < later.error.stack!.indexOf('TypeError'));
    expect(headerFindings.length).toBeGreaterThan(0);
    expect(JSON.stringify(again.value)).not.toContain('10.1.2.3');
  });
});
