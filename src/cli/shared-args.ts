// Options several commands share, defined once so their names and help text never drift apart.

/** --config FILE: the config file, instead of the first ohmystack.config.{ts,mts,mjs,js,json} in the working directory. */
export const configArg = {
  type: 'string',
  valueHint: 'file',
  description: 'config file (default: ohmystack.config.{ts,mts,mjs,js,json} in the working directory)',
} as const;

/** --json: machine-readable output on stdout; progress and logs stay on stderr. */
export const jsonArg = {
  type: 'boolean',
  description: 'print JSON on stdout (progress stays on stderr)',
} as const;

/** --quiet: no progress on stderr. */
export const quietArg = { type: 'boolean', description: 'no progress output on stderr' } as const;

/** --debug: stacks and causes with errors. */
export const debugArg = { type: 'boolean', description: 'print stacks and causes with errors' } as const;

/** --run-id: the KST slot. */
export const runIdArg = {
  type: 'string',
  valueHint: 'YYYYMMDDTHH00',
  description: 'the KST slot to run, e.g. 20261129T0900 (default: the current 3-hour slot)',
} as const;
