import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secretValidators } from '../../src/validators/secret-validators.js';

const names = Object.keys(secretValidators).sort();

describe('secretValidators', () => {
  it('registers names rules can use', () => {
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(names)('%s never throws and returns a boolean', (name) => {
    const validate = secretValidators[name];
    expect(validate).toBeTypeOf('function');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()), (text) => {
        expect(typeof validate?.(text)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
