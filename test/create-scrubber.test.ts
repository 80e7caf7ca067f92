import { describe, expect, it } from 'vitest';
import { createScrubber, ScrubjayError } from '../src/index.js';

describe('createScrubber options', () => {
  it('enables the recommended packs by default and lists rule ids', () => {
    expect(createScrubber().ruleIds).toEqual(expect.arrayContaining(['file-path', 'known-values', 'sensitive-key', 'url']));
  });

  it('selects single rules and packs', () => {
    expect(createScrubber({ rules: ['url'] }).ruleIds).toEqual(['url']);
    expect(createScrubber({ rules: ['paths'] }).ruleIds).toEqual(['file-path']);
    expect(createScrubber({ rules: ['pack:urls', 'file-path'] }).ruleIds).toEqual(['file-path', 'url']);
  });

  it('refuses unknown rules, naming them all', () => {
    const err = (() => {
      try {
        createScrubber({ rules: ['nope', 'pack:missing'] });
      } catch (e) {
        return e;
      }
    })() as ScrubjayError;
    expect(err).toBeInstanceOf(ScrubjayError);
    expect(err.code).toBe('UNKNOWN_RULE');
    expect(err.problems.map((p) => p.rule)).toEqual(['nope', 'options.rules']);
  });

  it('lists every problem of bad extra rules at once', () => {
    try {
      createScrubber({
        extraRules: [
          { id: 'Bad Id', type: 'secret', pattern: 'x', source: 'test' },
          { id: 'no-group', type: 'secret', pattern: 'ab', group: 2, source: 'test' },
          { id: 'bad-regex', type: 'secret', pattern: '(', source: 'test', validator: 'nope' },
          { id: 'url', type: 'secret', pattern: 'x', source: 'duplicate of a built-in id' },
        ],
      });
      expect.unreachable();
    } catch (e) {
      const err = e as ScrubjayError;
      expect(err.code).toBe('INVALID_RULES');
      expect(err.problems).toEqual(
        expect.arrayContaining([
          { rule: 'Bad Id', problem: expect.stringContaining('"id"') },
          { rule: 'no-group', problem: expect.stringContaining('"group" 2 does not exist') },
          { rule: 'bad-regex', problem: expect.stringContaining('not a valid JavaScript regular expression') },
          { rule: 'bad-regex', problem: 'unknown validator "nope"' },
          { rule: 'url', problem: 'duplicate rule id' },
        ]),
      );
    }
  });

  it('runs extra rules and reports findings without the matched text', () => {
    const s = createScrubber({ rules: [], extraRules: [{ id: 'order-id', type: 'redacted', detail: 'order', pattern: 'ORD-\\d{6}', keywords: ['ord-'], source: 'test' }] });
    const r = s.scrubText('order ORD-123456 failed');
    expect(r.text).toBe('order <redacted:order> failed');
    expect(r.findings).toEqual([{ ruleId: 'order-id', type: 'redacted', detail: 'order', pointer: '', target: 'value', start: 6, end: 16 }]);
    expect(JSON.stringify(r.findings)).not.toContain('123456');
  });

  it('keeps allowed values', () => {
    const s = createScrubber({ rules: ['file-path'], allow: ['/srv/public/logo.png', /\/opt\/tools\/.*/] });
    expect(s.scrubText('/srv/public/logo.png /opt/tools/bin/x /srv/private/y').text).toBe('/srv/public/logo.png /opt/tools/bin/x <path>');
  });

  it('numbers placeholders per value when asked', () => {
    const s = createScrubber({ rules: ['file-path'], numbering: true });
    const r = s.scrub({ a: '/srv/a', b: '/srv/b', c: 'again /srv/a' });
    expect(r.value).toEqual({ a: '<path#1>', b: '<path#2>', c: 'again <path#1>' });
  });

  it('refuses bad limits', () => {
    expect(() => createScrubber({ limits: { maxDepth: 0 } })).toThrow(ScrubjayError);
  });
});

describe('fail closed', () => {
  it('drops strings over the length limit', () => {
    const s = createScrubber({ limits: { maxStringLength: 10 } });
    const r = s.scrub({ short: 'ok', long: 'x'.repeat(11) });
    expect(r.value).toEqual({ short: 'ok', long: '<dropped:too-long>' });
    expect(r.findings).toEqual([{ ruleId: 'limits', type: 'dropped', detail: 'too-long', pointer: '/long', target: 'value', start: 0, end: 11 }]);
  });

  it('drops values past the depth limit', () => {
    const s = createScrubber({ limits: { maxDepth: 3 } });
    expect(s.scrub({ a: { b: { c: { d: 'deep' } } } }).value).toEqual({ a: { b: { c: '<dropped:depth>' } } });
  });

  it('drops values past the node budget and reports it once', () => {
    const s = createScrubber({ limits: { maxNodes: 5 } });
    const r = s.scrub(Array.from({ length: 10 }, (_, i) => `v${i}`));
    // The array itself is node 1: v0–v3 fit, v4 is dropped, the 5 after it become one marker.
    expect(r.value).toEqual(['v0', 'v1', 'v2', 'v3', '<dropped:budget>', '<truncated:5>']);
    expect(r.findings.filter((f) => f.detail === 'budget')).toHaveLength(1);
  });

  it('ends an object past the budget with one <truncated> key', () => {
    const s = createScrubber({ limits: { maxNodes: 3 } });
    expect(s.scrub({ a: 'x', b: 'y', c: 'z', d: 'w' }).value).toEqual({ a: 'x', b: 'y', c: '<dropped:budget>', '<truncated>': '<dropped:budget>' });
  });

});

describe('allowed exact strings', () => {
  it('keeps an allowed string whole even when a known value occurs inside it', () => {
    const s = createScrubber({ context: { user: 'ada' }, allow: ['ada.lovelace@example.org'] });
    expect(s.scrubText('mail ada.lovelace@example.org, user ada').text).toBe('mail ada.lovelace@example.org, user <user>');
  });
});

describe('scrubText of a crash log', () => {
  it('scrubs frames, code lines and messages by the error rules', () => {
    const s = createScrubber({ context: { cwd: '/srv/acme-app', env: { USER_EMAIL: 'ana.dupont@acme-corp.com' } } });
    const log = [
      '/srv/acme-app/app.js:3',
      'try { loadConfig(); } catch (e) { throw new Error(`config of ${process.env.USER_EMAIL}`); }',
      '                                  ^',
      '',
      'Error: config of ana.dupont@acme-corp.com is broken',
      '    at loadConfig (/srv/acme-app/app.js:2:37)',
      '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
    ].join('\n');
    const r = s.scrubText(log);
    expect(r.text).toContain('Error: config of <env:USER_EMAIL> is broken');
    expect(r.text).toContain('    at <identifier> (<project>:2:37)');
    expect(r.text).toContain('    at Module._compile (node:internal/modules/cjs/loader:1521:14)');
    for (const gone of ['loadConfig', 'ana.dupont', 'acme-app', 'USER_EMAIL}']) expect(r.text).not.toContain(gone);
    for (const f of r.findings) {
      expect(f.pointer).toBe('');
      expect(f.end).toBeLessThanOrEqual(log.length);
    }
  });
});
