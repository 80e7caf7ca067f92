import { describe, expect, it } from 'vitest';
import { contextProblems, defaultContext } from '../../src/cli/load-context.js';
import { fakeIO } from './fake-io.js';

describe('contextProblems', () => {
  it.each([
    [{}, []],
    [{ env: { A: 'x' }, cwd: '/a', home: '/h', user: 'u', hostname: 'h', tmpdir: '/t' }, []],
    ['x', ['must be a JSON object with fields env, cwd, home, user, hostname, tmpdir (got a string)']],
    [null, ['must be a JSON object with fields env, cwd, home, user, hostname, tmpdir (got null)']],
    [{ cwd: ['/a'] }, ['field "cwd" must be a string (got an array)']],
    [{ env: 'A=1' }, ['field "env" must be an object of strings (got a string)']],
    [{ env: { A: true, B: 'ok', C: null } }, ['field "env.A" must be a string (got a boolean)', 'field "env.C" must be a string (got null)']],
    [{ hostName: 'h' }, ['unknown field "hostName" (expected env, cwd, home, user, hostname, tmpdir)']],
  ])('%j → %j', (value, problems) => {
    expect(contextProblems(value)).toEqual(problems);
  });
});

describe('defaultContext', () => {
  it("is this machine's context with the env and cwd of the io", () => {
    const { io } = fakeIO({ env: { ONLY: 'this-one' }, cwd: '/somewhere/else' });
    const context = defaultContext(io);
    expect(context.env).toEqual({ ONLY: 'this-one' });
    expect(context.cwd).toBe('/somewhere/else');
    expect(typeof context.home).toBe('string');
  });
});
