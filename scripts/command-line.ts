/** Argument parsing shared by the project's commands: `--help` on each, one message and exit 2 on a usage mistake. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Prints the problems and the usage to stderr and exits 2 (a usage mistake, not a content problem). */
export function usageError(problems: string[], usage: string): never {
  console.error([...problems, '', usage].join('\n'));
  process.exit(2);
}

/** Parses `args` strictly; `--help` (or `-h`) prints `usage` and exits 0. */
export function parseCommandLine<T extends Options>(args: string[], options: T, usage: string, positionals = false) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: positionals,
    });
  } catch (error) {
    usageError([(error as Error).message], usage);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
