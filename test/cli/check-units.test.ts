import { describe, expect, it } from 'vitest';
import { compareShape } from '../../src/cli/check/compare-shape.js';
import { compilePlanted, findLeaks } from '../../src/cli/check/find-leaks.js';
import { base64Cores, leakForms, matchKind } from '../../src/cli/check/leak-forms.js';
import { createPointerMask } from '../../src/cli/check/mask-pointers.js';
import { parsePlanted, siblingPlantedName } from '../../src/cli/check/planted.js';
import { validateProjectConfig } from '../../src/cli/check/project-config.js';
import { BUILTIN_TYPES, addShape, stringType } from '../../src/cli/check/shape.js';
import type { Shape } from '../../src/cli/check/shape.js';
import { formatSnapshot, parseSnapshot } from '../../src/cli/check/snapshot.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/cli/check/xml.js';

const VALUE = 'Kestrel pass/4417 "x"&é';
const kind = (text: string, value = VALUE) => matchKind(leakForms(value), text, text.toLowerCase());

describe('leak forms', () => {
  it.each([
    ['raw', `note: ${VALUE}.`],
    ['case-insensitive', `NOTE: ${VALUE.toUpperCase()}`],
    ['url', `https://x.example/?q=${encodeURIComponent(VALUE)}`],
    ['url', `/search?q=${encodeURIComponent(VALUE).replace(/%20/g, '+')}`],
    ['url', `/search?q=${encodeURIComponent(VALUE).toLowerCase()}`],
    ['json', JSON.stringify({ inner: VALUE })],
    ['json', JSON.stringify({ inner: VALUE }).replace(/\//g, '\\/')],
    ['json', JSON.stringify({ inner: VALUE }).replace('é', '\\u00e9')],
  ])('finds %s in %j', (expected, text) => {
    expect(kind(text)).toBe(expected);
  });

  it.each([0, 1, 2])('finds base64 at byte alignment %i, in the standard and the URL-safe alphabet', (pad) => {
    const value = 'kestrel-4417-lantern>>??';
    const encoded = Buffer.from(`${'p'.repeat(pad)}${value} and more`).toString('base64');
    expect(kind(`data:${encoded}`, value)).toBe('base64');
    expect(kind(`data:${encoded.replace(/\+/g, '-').replace(/\//g, '_')}`, value)).toBe('base64');
  });

  it('strongest kind first, nothing for unrelated text, no base64 for short values', () => {
    expect(kind(`${VALUE} ${encodeURIComponent(VALUE)}`)).toBe('raw');
    expect(kind('nothing to see')).toBeUndefined();
    expect(base64Cores('abcd')).toEqual([]);
    expect(leakForms('4417-9931').map((f) => f.kind)).toEqual(['raw', 'base64', 'base64', 'base64']);
  });

  it('finds leaks in values, keys and numbers, with pointers into the scrubbed event', () => {
    const matchers = compilePlanted([
      { value: 'kestrel-4417', origin: 'p.txt:1' },
      { value: '4111111111111111', origin: 'p.txt:2' },
    ]);
    const event = { a: [{ note: 'KESTREL-4417 here' }], 'key kestrel-4417': 1, n: 4111111111111111, clean: 'ok' };
    expect(findLeaks(event, matchers)).toEqual([
      { pointer: '/a/0/note', target: 'value', kind: 'case-insensitive', origin: 'p.txt:1' },
      { pointer: '/key kestrel-4417', target: 'key', kind: 'raw', origin: 'p.txt:1' },
      { pointer: '/n', target: 'value', kind: 'raw', origin: 'p.txt:2' },
    ]);
    expect(findLeaks({ clean: 'ok' }, matchers)).toEqual([]);
  });

  it('masks pointer tokens that hold a planted value', () => {
    const mask = createPointerMask(compilePlanted([{ value: 'kestrel-4417', origin: 'p.txt:1' }]));
    expect(mask('/users/x kestrel-4417 y/name')).toBe('/users/<planted>/name');
    expect(mask('/a/*/b')).toBe('/a/*/b');
    expect(mask('')).toBe('');
  });
});

describe('planted values', () => {
  it('reads one value per line (trimmed, blank lines skipped) or a JSON array', () => {
    expect(parsePlanted('  alpha-1 \n\nbeta-22\r\n', 's.txt')).toEqual([
      { value: 'alpha-1', origin: 's.txt:1' },
      { value: 'beta-22', origin: 's.txt:3' },
    ]);
    expect(parsePlanted('["alpha-1", "beta-22", "alpha-1"]', 's.json')).toEqual([
      { value: 'alpha-1', origin: 's.json#1' },
      { value: 'beta-22', origin: 's.json#2' },
    ]);
  });

  it.each([
    ['abc\n', 's.txt:1: planted value shorter than 4 characters (it would match by chance)'],
    ['["ok-value", 42]', 's.txt#2: a planted value must be a string'],
    ['[1', 's.txt:1:3: invalid JSON (unexpected end of input)'],
  ])('refuses %j without printing it', (text, message) => {
    expect(() => parsePlanted(text, 's.txt')).toThrow(message);
  });

  it('names the sibling file of an input', () => {
    expect(siblingPlantedName('events/a.ndjson')).toBe('events/a.planted.txt');
    expect(siblingPlantedName('/x/b.json')).toBe('/x/b.planted.txt');
  });
});

describe('shape', () => {
  it.each([
    ['<email>', '<email>'],
    ['<secret:stripe-key>', '<secret:stripe-key>'],
    ['<email#3>', '<email>'],
    ['<truncated:12>', '<truncated>'],
    ['failed in <project> with <env:TOKEN>', 'string with <env:TOKEN> <project>'],
    ['<div> is not a placeholder', 'string'],
    ['plain', 'string'],
  ])('%j is typed %j', (text, type) => {
    expect(stringType(text, BUILTIN_TYPES)).toBe(type);
  });

  it('collapses array indices to *, drops #n of colliding keys, records each new path and type once', () => {
    const shape: Shape = new Map();
    const seen: string[] = [];
    addShape(shape, { a: [{ b: 1 }, { b: 'x', c: null }], '<email>': true, '<email>#2': false, 'x/y': [] }, BUILTIN_TYPES, (p, t) => seen.push(`${p}=${t}`));
    expect(Object.fromEntries([...shape].map(([p, t]) => [p, [...t]]))).toEqual({
      '': ['object'],
      '/a': ['array'],
      '/a/*': ['object'],
      '/a/*/b': ['number', 'string'],
      '/a/*/c': ['null'],
      '/<email>': ['boolean'],
      '/x~1y': ['array'],
    });
    expect(seen).toHaveLength(8);
  });

  it('writes sorted, one path per line, and reads it back', () => {
    const shape: Shape = new Map([
      ['/b', new Set(['string', '<email>'])],
      ['', new Set(['object'])],
      ['/a', new Set(['number'])],
    ]);
    const text = formatSnapshot(shape);
    expect(text).toBe(
      '{\n  "$comment": "scrubjay check: the approved shape of the scrubbed events (path -> types). Review changes; regenerate with --update.",\n' +
        '  "version": 1,\n  "shape": {\n    "": ["object"],\n    "/a": ["number"],\n    "/b": ["<email>","string"]\n  }\n}\n',
    );
    const back = parseSnapshot(text, 'snap.json');
    expect(back.shape).toEqual(new Map([['', new Set(['object'])], ['/a', new Set(['number'])], ['/b', new Set(['<email>', 'string'])]]));
    expect(back.lines.get('/b')).toBe(7);
    expect(() => parseSnapshot('{"version": 2, "shape": {}}', 'snap.json')).toThrow('snap.json: invalid snapshot: field "version" must be 1');
    expect(() => parseSnapshot('{"version": 1, "shape": {"/a": "x"}}', 'snap.json')).toThrow('field "shape./a" must be an array of strings');
  });

  it('reports added subtrees once, removed fields at their snapshot line, and type changes', () => {
    const approved = parseSnapshot(formatSnapshot(new Map([['', new Set(['object'])], ['/gone', new Set(['string'])], ['/host', new Set(['<hostname>'])]])), 's.json');
    const current: Shape = new Map([['', new Set(['object'])], ['/host', new Set(['string'])], ['/new', new Set(['object'])], ['/new/a', new Set(['number'])], ['/new/b', new Set(['string'])]]);
    const at = { file: 'e.ndjson', line: 4 };
    const seen = { path: new Map([['/new', at]]), type: new Map([['/host\u0000string', { file: 'e.ndjson', line: 2 }]]) };
    expect(compareShape(approved, current, seen, 's.json')).toEqual([
      { ruleId: 'shape-field-added', file: 'e.ndjson', line: 4, pointer: '/new', types: ['object'], below: 2 },
      { ruleId: 'shape-field-removed', file: 's.json', line: 6, pointer: '/gone', below: 0 },
      { ruleId: 'shape-type-changed', file: 'e.ndjson', line: 2, pointer: '/host', addedTypes: ['string'], removedTypes: ['<hostname>'] },
    ]);
  });
});

describe('project configuration', () => {
  it('resolves paths against its directory and compiles allow regexes', () => {
    const { config, problems } = validateProjectConfig(
      { $schema: 'x', rules: ['recommended'], allow: ['v1', { regex: '^build-\\d+$', flags: 'i' }], include: ['e/*.json'], secrets: 's.txt', snapshot: 'snap.json', context: { home: '/h' } },
      'scrubjay.config.json',
      '/repo',
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({ name: 'scrubjay.config.json', dir: '/repo', rules: ['recommended'], allow: ['v1', /^build-\d+$/i], include: ['e/*.json'], secrets: '/repo/s.txt', snapshot: '/repo/snap.json', context: { home: '/h' } });
  });

  it('names every wrong field', () => {
    const { config, problems } = validateProjectConfig(
      { rulez: 1, rules: [], include: 'e/*.json', allow: [{ regex: '(' }, 3], secrets: '', context: { home: 1 }, extraRules: 'x', allowHosts: [''] },
      'c.json',
      '/repo',
    );
    expect(config).toBeUndefined();
    expect(problems).toEqual([
      'unknown field "rulez" (expected rules, extraRules, allow, allowHosts, context, include, secrets, snapshot)',
      'field "rules" must be a non-empty array of strings (got an array)',
      'field "extraRules" must be an array of rules or rule packs (objects in the rules/*.json format)',
      'field "allow[0].regex" is not a valid regular expression',
      'field "allow[1]" must be a string or {"regex": "...", "flags"?: "..."} (got a number)',
      'field "allowHosts[0]" must be a non-empty string (got a string)',
      'field "context": field "home" must be a string (got a number)',
      'field "include" must be a non-empty array of strings (got a string)',
      'field "secrets" must be a path (a non-empty string, relative to the configuration\'s directory; got a string)',
    ]);
  });
});

describe('XML escaping', () => {
  it('escapes markup and replaces characters XML cannot hold', () => {
    expect(escapeXmlText('a<b>&"\'\u0001\ud800')).toBe('a&lt;b&gt;&amp;"\'\ufffd\ufffd');
    expect(escapeXmlAttribute('a"b\'\n\t')).toBe('a&quot;b&apos;&#10;&#9;');
  });
});
