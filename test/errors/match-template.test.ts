import { describe, expect, it } from 'vitest';
import { matchTemplate } from '../../src/errors/match-template.js';
import { builtinTemplates } from '../../src/errors/message-catalog.js';

const templates = builtinTemplates();
const read = (text: string) => {
  const match = matchTemplate(templates, text, 0, { multiline: true });
  return match && { id: match.id, variables: match.variables.map((v) => [v.type, text.slice(v.start, v.end)]) };
};

describe('matchTemplate', () => {
  it.each([
    ["ENOENT: no such file or directory, open '/home/ana/app/config.json'", 'fs-enoent-path', [['syscall', 'open'], ['path', '/home/ana/app/config.json']]],
    ["ENOENT: no such file or directory, rename '/a' -> '/b'", 'fs-enoent-path-to-path', [['syscall', 'rename'], ['path', '/a'], ['path', '/b']]],
    ['EISDIR: illegal operation on a directory, read', 'fs-eisdir', [['syscall', 'read']]],
    ["Cannot read properties of undefined (reading 'chargeMarguerite')", 'read-properties-of-undefined', [['identifier', 'chargeMarguerite']]],
    ['nightjarClient.chargeMarguerite is not a function', 'not-a-function', [['identifier', 'nightjarClient.chargeMarguerite']]],
    ["Unexpected token '}', \"{\"a\": tru}\" is not valid JSON", 'json-unexpected-token-short', [['token', '}'], ['snippet', '{"a": tru}']]],
    ["Expected property name or '}' in JSON at position 1 (line 1 column 2)", 'json-expected-property-name-line-column', [['number', '1'], ['number', '1'], ['number', '2']]],
    ["Cannot find module 'esbuild'", 'cjs-module-not-found', [['module', 'esbuild']]],
    ["Cannot find package 'left-pad' imported from /srv/app/main.mjs", 'esm-package-not-found', [['module', 'left-pad'], ['path', '/srv/app/main.mjs']]],
    ['getaddrinfo ENOTFOUND db.internal.acme.example', 'dns-not-found', [['syscall', 'getaddrinfo'], ['hostname', 'db.internal.acme.example']]],
    ['connect ECONNREFUSED 127.0.0.1:5432', 'connect-econnrefused', [['address', '127.0.0.1:5432']]],
    ['Command failed: git push https://x-access-token:abc@github.com/org/repo.git --force', 'command-failed', [['command', 'git push https://x-access-token:abc@github.com/org/repo.git --force']]],
    ['spawn nonexistent-cmd ENOENT', 'spawn-enoent', [['syscall', 'spawn'], ['command', 'nonexistent-cmd']]],
    ['The "path" argument must be of type string. Received type number (5)', 'arg-type-received-type', [['parameter', 'path'], ['type', 'string'], ['type', 'number'], ['value', '5']]],
    ['listen EADDRINUSE: address already in use :::3000', 'listen-eaddrinuse', [['address', ':::3000']]],
    ["TS2307: Cannot find module 'x' or its corresponding type declarations.", 'ts-cannot-find-module-coded', [['module', 'x']]],
    ['src/b.ts:1:14: ERROR: Could not resolve "nonexistent-pkg"', 'esbuild-error-line', [['path', 'src/b.ts'], ['number', '1'], ['number', '14'], ['message', 'Could not resolve "nonexistent-pkg"']]],
    ["TS2304: Cannot find name 'x'.", 'code-prefixed-message', [['code', 'TS2304'], ['message', "Cannot find name 'x'."]]],
  ])('%j', (text, id, variables) => {
    expect(read(text)).toEqual({ id, variables });
  });

  it('matches one line and reports where the match ends', () => {
    const text = "Cannot find module './x'\nRequire stack:\n- /srv/app/a.js";
    const match = matchTemplate(templates, text);
    expect(match).toMatchObject({ id: 'cjs-module-not-found', start: 0, end: text.indexOf('\n') });
    expect(matchTemplate(templates, text, text.indexOf('Require'))?.id).toBe('cjs-require-stack');
    expect(matchTemplate(templates, text, text.lastIndexOf('\n') + 1)?.id).toBe('cjs-require-stack-entry');
  });

  it('skips the indentation of a line', () => {
    const text = "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'";
    const match = matchTemplate(templates, text, text.indexOf('\n') + 1);
    expect(match?.id).toBe('circular-json-start');
    expect(text.slice(match!.start, match!.start + 3)).toBe('-->');
  });

  it('tries templates that span lines only when asked', () => {
    const text = "Unexpected token '\n', \"{\n\"a\": tru\n}\" is not valid JSON";
    expect(matchTemplate(templates, text)).toBeUndefined();
    expect(matchTemplate(templates, text, 0, { multiline: true })?.id).toBe('json-unexpected-token-short');
  });

  it.each([['Something custom went wrong'], ['']])('returns undefined for %j', (text) => {
    expect(matchTemplate(templates, text, 0, { multiline: true })).toBeUndefined();
  });
});
