/** The help text of `scrubjay audit`. */

export const AUDIT_HELP = `Usage: scrubjay audit [FILE|GLOB|-]... [options]

What would leave this machine? Scrubs each payload (a JSON document, or NDJSON:
one value per line, detected per file) and prints, for each payload, what was
redacted (JSON Pointer, rule id, placeholder, count), a summary by rule and
placeholder, and the scrubbed payload. Pipe the exact event your tool would
send:  my-tool --dump-telemetry | scrubjay audit

FILE: files, directories (their *.json, *.ndjson, *.jsonl) or fast-glob
patterns; '-' (or nothing, when stdin is not a terminal) reads stdin.

Options:
  --show              also print the ORIGINAL payload with each redacted span
                      marked ([[...]](rule), or inverse video in colour) and a
                      warning first: local use only, never with --json
  --json              machine-readable output (never any original value)
  --fail-on-findings  exit 1 when anything was redacted ("this event must
                      already be clean")
  --config FILE       the project configuration, as for 'scrubjay check'
                      (default: the nearest scrubjay.config.json or package.json
                      "scrubjay" key)
  --rules LIST        packs or rule ids, comma-separated
  --context FILE      machine context JSON (default: this machine's facts)
  -h, --help          show this help

Colour: on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it on.

Examples:
  scrubjay audit event.json
  scrubjay audit 'fixtures/events/*.ndjson' --json
  my-tool --dump-telemetry | scrubjay audit --show
  scrubjay audit --fail-on-findings already-clean.json

Exit codes: 0 success, 1 something was redacted (with --fail-on-findings),
2 usage error or bad input (the message names the file and line:column),
3 internal error.
`;
