/** The help text of `scrubjay check`. */
import { FORMATS } from './report.js';

export const CHECK_HELP = `Usage: scrubjay check [GLOB...] [options]

The CI gate for privacy regressions. Scrubs every payload of the matched files
(a JSON document per file, or NDJSON/JSONL: one event per line) with the
project's configuration and fails when
  - a planted value survives: as is, in another letter case, URL-encoded,
    JSON-escaped or base64-encoded (standard or URL-safe), or
  - with a snapshot, the shape of the scrubbed events (fields, value types,
    placeholder types) differs from the approved one.
Reports name the file, line, JSON Pointer, check rule and kind of leak; never
the planted value itself.

GLOB: files, directories (their *.json, *.ndjson, *.jsonl) or fast-glob
patterns, relative to the working directory; '-' reads stdin. Default: the
configuration's "include" globs.

Configuration (--config FILE, else the nearest scrubjay.config.json or
"scrubjay" key of package.json, from the working directory up to the project's
package.json). JSON, every field optional, paths relative to its directory:
  {
    "rules": ["recommended"],          packs or rule ids
    "extraRules": [ ... ],             rules or packs in the rules/*.json format
    "allow": ["v1.2.3", {"regex": "^build-[0-9]+$"}],   values never redacted
    "allowHosts": ["api.example.com"], URL hosts kept
    "context": "context.json",         machine facts (file or inline object)
    "include": ["events/**/*.ndjson"], what to check without GLOBs
    "secrets": "planted-secrets.txt",  planted values for every input
    "snapshot": "snapshot.json"        the approved shape
  }

Planted values: --secrets FILE (or "secrets") is a JSON array of strings or
one value per line; an input <name>.json / <name>.ndjson may plant its own in
<name>.planted.txt next to it (one value per line), searched in that input's
events only. Values shorter than 4 characters are refused.

Options:
  --config FILE     the configuration file (or a package.json)
  --rules LIST      packs or rule ids, comma-separated (overrides "rules")
  --context FILE    machine context JSON (overrides "context"; default: this
                    machine's environment and directories)
  --secrets FILE    planted values (overrides "secrets")
  --snapshot FILE   the approved shape (overrides "snapshot")
  --update          write the shape of this run to the snapshot (approve it);
                    leaks still fail
  --format NAME     ${FORMATS.join(', ')} (default: text); sarif is
                    SARIF 2.1.0 for GitHub code scanning, junit for test
                    reports, github for workflow annotations
  --output FILE     write the report to FILE (the verdict goes to stderr)
  --progress        show progress on stderr even when it is not a terminal
  -h, --help        show this help

Examples:
  scrubjay check
  scrubjay check --config fixtures/gate/scrubjay.config.json
  scrubjay check 'fixtures/events/**/*.ndjson' --secrets planted.txt
  scrubjay check --format sarif --output scrubjay.sarif
  scrubjay check --update

Exit codes: 0 no regression, 1 a planted value leaked or the shape changed,
2 usage, configuration or input error, 3 internal error.
`;
