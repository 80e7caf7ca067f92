/**
 * A scrubbed view of a `Resource` (host name, process owner, command line, executable path …),
 * computed once per resource once its asynchronous attributes have settled. The view delegates
 * everything else (schema URL, async state) to the original.
 */
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { Toolkit } from '../shared/toolkit.js';
import { scrubAttributes } from './scrub-attributes.js';

export type OtelResource = ReadableSpan['resource'];

export function createResourceScrubber(toolkit: Toolkit): (resource: OtelResource) => OtelResource {
  const views = new WeakMap<OtelResource, OtelResource>();
  return (resource) => {
    let view = views.get(resource);
    if (view) return view;
    let settled: OtelResource['attributes'] | undefined;
    const attributes = (): OtelResource['attributes'] => {
      if (settled) return settled;
      const scrubbed = scrubAttributes(toolkit, resource.attributes);
      if (!resource.asyncAttributesPending) settled = scrubbed;
      return scrubbed;
    };
    view = Object.create(resource, {
      attributes: { get: attributes, enumerable: true },
      asyncAttributesPending: { get: () => resource.asyncAttributesPending, enumerable: true },
      waitForAsyncAttributes: { value: () => resource.waitForAsyncAttributes?.() ?? Promise.resolve() },
      getRawAttributes: { value: () => Object.entries(attributes()) },
    }) as OtelResource;
    views.set(resource, view);
    return view;
  };
}
