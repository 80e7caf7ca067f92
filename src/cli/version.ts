/** The version of scrubjay, from package.json (for reports; `run.ts` has its own for `--version`). */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION_TEXT: string = pkg.version;
