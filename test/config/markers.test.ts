import { describe, expect, it } from 'vitest';
import { createFactoryCall, createImportRef, isFactoryCall, isImportRef } from '../../src/config/markers.js';

describe('markers', () => {
  it('are plain JSON with a hidden brand', () => {
    const call = createFactoryCall('@astrojs/mdx', 'default', []);
    expect(JSON.stringify(call)).toBe('{"call":"@astrojs/mdx","export":"default","args":[]}');
    expect(isFactoryCall(call)).toBe(true);
    expect(isImportRef(call)).toBe(false);
    expect(isImportRef(createImportRef('remark-toc', 'default'))).toBe(true);
  });

  it('look-alike objects from a config are not markers', () => {
    expect(isFactoryCall({ call: 'acme', export: 'default', args: [] })).toBe(false);
    expect(isFactoryCall(JSON.parse(JSON.stringify(createFactoryCall('x', 'default', []))))).toBe(false);
    expect(isImportRef({ import: 'acme' })).toBe(false);
    expect(isFactoryCall(null)).toBe(false);
  });
});
