import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/errors/edits.js';
import { findQuotedStrings } from '../../src/errors/quoted-strings.js';

/** The text with every found span replaced by `<string>`, so expectations read like the scrubbed message. */
const scrub = (text: string) =>
  applyEdits(
    text,
    findQuotedStrings(text).map((span) => ({ ...span, text: '<string>' })),
  );

describe('findQuotedStrings', () => {
  it.each([
    ["Unknown option 'hunter2'", 'Unknown option <string>'],
    ['Invalid value "ana@example.com" for field', 'Invalid value <string> for field'],
    ['Template `hello ${name}` failed', 'Template <string> failed'],
    ["Can't resolve 'acme-secret' in 'src'", "Can't resolve <string> in <string>"],
    ["don't touch 'x', it's fine", "don't touch <string>, it's fine"],
    ["'it's the user's file'", '<string>'],
    ["the users' files and 'Ana'", "the users' files and <string>"],
    ['a 5" screen', 'a 5" screen'],
    ["'a\\'b' done", '<string> done'],
    ["no closing 'quote here", "no closing 'quote here"],
    ["two lines 'a\nb' stay", "two lines 'a\nb' stay"],
    ["Expected ',' or '}' after property value", "Expected ',' or '}' after property value"],
    ["empty '' and null 'null' and '<path>' stay", "empty '' and null 'null' and '<path>' stay"],
    ['mixed "a\'b" quotes', 'mixed <string> quotes'],
    ["('nested \"inner\" text')", '(<string>)'],
    ['', ''],
  ])('%j', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  // A placeholder stands where a word was: quotes glued to it read as they did next to the word, so a
  // second scrub finds the same spans (a fuzz counterexample: `/0\` \`` became `<path>\` \``).
  it.each([
    ['/0` ` x', '<path>` ` x'],
    ["'x'marguerite and 'y' marguerite", "'x'<user> and 'y' <user>"],
    ["home's 'file'", "<home>'s 'file'"],
  ])('finds the same spans before and after a word became a placeholder: %j', (before, after) => {
    const texts = (t: string) => findQuotedStrings(t).map((s) => t.slice(s.start, s.end).replace(/marguerite/g, '<user>'));
    expect(texts(after)).toEqual(texts(before));
  });

  // `<string>` stands for a quoted string: its outer characters were quotes, not letters (a fuzz
  // counterexample with alternating quotes after a quoted string).
  it('reads what follows a <string> as it read what followed the quoted string', () => {
    const quoted = (t: string) => findQuotedStrings(t).map((s) => t.slice(s.start, s.end));
    expect(quoted(`k: 'a'"'"' b'`)).toEqual(["'a'", "' b'"]);
    expect(quoted(`k: <string>"'"' b'`)).toEqual(["' b'"]);
  });

  it('limits itself to the given range', () => {
    const text = "'a' 'b' 'c'";
    expect(findQuotedStrings(text, 4, 7)).toEqual([{ start: 4, end: 7, type: 'string' }]);
  });

  it('stays linear on many unclosed quotes', () => {
    const text = " 'a".repeat(100_000);
    const started = performance.now();
    expect(findQuotedStrings(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
