import { describe, expect, it } from 'vitest';
import { scrubMessage } from '../../src/errors/scrub-message.js';
import { fakeContext } from './fake-context.js';

describe('scrubMessage', () => {
  it.each([
    // templates: fixed words stay, variable parts become placeholders (or stay, for kept types)
    ["ENOENT: no such file or directory, open '/home/ana/app/config.json'", "ENOENT: no such file or directory, open '<project>'"],
    ["ENOENT: no such file or directory, open '/srv/data/x.json'", "ENOENT: no such file or directory, open '<path>'"],
    ["ENOENT: no such file or directory, rename '/srv/a' -> '/home/ana/app/b'", "ENOENT: no such file or directory, rename '<path>' -> '<project>'"],
    ['nightjarClient.chargeMarguerite is not a function', '<identifier> is not a function'],
    ['require is not defined', 'require is not defined'],
    ["Cannot read properties of undefined (reading 'SECRET-token')", "Cannot read properties of undefined (reading '<identifier>')"],
    ["Cannot find module 'esbuild'", "Cannot find module 'esbuild'"],
    ["Cannot find module './billing/marguerite'", "Cannot find module '<path>'"],
    ["Cannot find package '@acme/ui' imported from /home/ana/app/src/main.mjs", "Cannot find package '@acme/ui' imported from <project>"],
    ['getaddrinfo ENOTFOUND db.internal.acme.example', 'getaddrinfo ENOTFOUND <hostname>'],
    ['getaddrinfo ENOTFOUND localhost', 'getaddrinfo ENOTFOUND localhost'],
    ['connect ECONNREFUSED 127.0.0.1:5432', 'connect ECONNREFUSED 127.0.0.1:5432'],
    ['connect ECONNREFUSED 10.1.2.3:5432', 'connect ECONNREFUSED <ip>:5432'],
    ['connect ETIMEDOUT db.acme.internal:443', 'connect ETIMEDOUT <hostname>:443'],
    ['listen EADDRINUSE: address already in use :::3000', 'listen EADDRINUSE: address already in use :::3000'],
    ['Command failed: git push https://x-access-token:SECRET-abc@github.com/org/repo.git --force', 'Command failed: git push <url> --force'],
    ['spawn /home/ana/bin/deploy.sh ENOENT', 'spawn <path> ENOENT'],
    ['spawn git ENOENT', 'spawn git ENOENT'],
    ['The "path" argument must be of type string. Received type number (5)', 'The "path" argument must be of type string. Received type number (5)'],
    ["Unexpected token '}', \"{\"key\": SECRET-abc}\" is not valid JSON", "Unexpected token '}', \"<code>\" is not valid JSON"],
    ["Unexpected token 'h', \"hunter2 is\"... is not valid JSON", "Unexpected token '<code>', \"<code>\"... is not valid JSON"],
    ['Expected property name or \'}\' in JSON at position 1 (line 1 column 2)', "Expected property name or '}' in JSON at position 1 (line 1 column 2)"],
    ["TS2307: Cannot find module './secret-plan' or its corresponding type declarations.", "TS2307: Cannot find module '<path>' or its corresponding type declarations."],
    ['src/a.ts:1:14: ERROR: Could not resolve "./missing"', '<path>:1:14: ERROR: Could not resolve "<path>"'],
    ['/home/ana/app/x.json: Unexpected end of JSON input', '<project>: Unexpected end of JSON input'],
    ["Unknown file extension \".ts\" for /home/ana/app/src/x.ts", 'Unknown file extension ".ts" for <project>'],
    // unknown messages: quoted strings become <string>, the rest goes through the engine
    ["Unknown option 'SECRET-x' for user 'ana'", 'Unknown option <string> for user <string>'],
    ["Can't charge card: SECRET-abc declined", "Can't charge card: <secret> declined"],
    ['plain text without anything', 'plain text without anything'],
  ])('%j', (message, expected) => {
    expect(scrubMessage(fakeContext(), message)).toBe(expected);
  });

  it('scrubs each line: templates, the Require stack, and free text', () => {
    const message = "Cannot find module './x'\nRequire stack:\n- /home/ana/app/src/a.js\n- /srv/b.js";
    expect(scrubMessage(fakeContext(), message)).toBe("Cannot find module '<path>'\nRequire stack:\n- <project>\n- <path>");
  });

  it('keeps identifiers when asked', () => {
    expect(scrubMessage(fakeContext({ keepIdentifiers: true }), 'nightjarClient.chargeMarguerite is not a function')).toBe(
      'nightjarClient.chargeMarguerite is not a function',
    );
  });

  it('tokenizes code frames inside messages', () => {
    const message = "Expression expected\n1: const apiKey = 'SECRET-abc';\n2: export default apiKey +;\n                          ^";
    expect(scrubMessage(fakeContext(), message)).toBe(
      'Expression expected\n1: const <identifier> = <string>;\n2: export default <identifier> +;\n                          ^',
    );
  });

  it('tokenizes the source line that follows an assert.ok message', () => {
    const message = "The expression evaluated to a falsy value:\n\n  assert.ok(config.apiKey === 'SECRET-abc')\n";
    expect(scrubMessage(fakeContext(), message)).toBe('The expression evaluated to a falsy value:\n\n  assert.ok(<identifier>.<identifier> === <string>)\n');
  });

  it('scrubs nested messages of prefixed forms', () => {
    expect(scrubMessage(fakeContext(), "src/a.ts(1,15): error TS2304: Cannot find name 'marguerite'.")).toBe(
      "<path>(1,15): error TS2304: Cannot find name '<identifier>'.",
    );
  });

  it('sends every part that no rule replaced through the engine, with absolute offsets', () => {
    const ctx = fakeContext();
    const text = "prefix|ENOENT: no such file or directory, open '/srv/x'";
    scrubMessage(ctx, text, 7);
    for (const call of ctx.engineCalls) expect(text.slice(call.start, call.end)).toBe(call.text);
    expect(ctx.engineCalls.map((c) => c.text).join('')).toContain('ENOENT: no such file or directory, open ');
    expect(ctx.reports).toEqual([{ ruleId: 'error-message-template', type: 'path', start: 48, end: 54, path: '' }]);
  });

  it('returns an empty string for an empty range', () => {
    expect(scrubMessage(fakeContext(), 'abc', 2, 2)).toBe('');
  });
});

describe('scrubMessage: quoted paths', () => {
  it('keeps the quotes and the engine placeholder of a quoted path the engine replaces whole', () => {
    expect(scrubMessage(fakeContext(), "Could not open '/home/ana/app/x.json' for 'ana'")).toBe("Could not open '<project>' for <string>");
  });
});
