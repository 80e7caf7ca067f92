/**
 * The `DEBUG` variable as the `debug` package reads it: names separated by commas or spaces, `*` for
 * any run of characters, a leading `-` to exclude; an exclusion wins over any inclusion.
 */

function compile(pattern: string): RegExp {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*?');
  return new RegExp(`^${source}$`);
}

/** Whether `namespace` (`mycli:telemetry`) is enabled by the value of `DEBUG`. */
export function isDebugEnabled(debug: string | undefined, namespace: string): boolean {
  if (debug === undefined) return false;
  let included = false;
  for (const raw of debug.split(/[\s,]+/)) {
    if (raw === '') continue;
    if (raw.startsWith('-')) {
      if (compile(raw.slice(1)).test(namespace)) return false;
    } else if (!included && compile(raw).test(namespace)) {
      included = true;
    }
  }
  return included;
}
