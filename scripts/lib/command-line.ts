/**
 * Reading a command's options, the same way for every script (`npm run serve`, `check:content`,
 * `check:external`, `new`, `bench`, `bench:search`): `--help` (or `-h`) prints the help and exits 0;
 * a mistyped or unusable option says what was wrong, prints the help and exits with 2, never a
 * stack trace. Exit 1 is left for the command's own failures (content with problems, say), so CI
 * can tell "you typed it wrong" from "it found something".
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

type WithHelp<T extends ParseArgsConfig> = T & {
  options: NonNullable<T['options']> & typeof HELP_OPTION;
};

export function readOptions<T extends ParseArgsConfig>(
  config: T,
  help: string,
): ReturnType<typeof parseArgs<WithHelp<T>>> {
  // Strict always: an option the command does not know is a mistake to report, not to ignore.
  const withHelp = {
    ...config,
    strict: true,
    options: { ...config.options, ...HELP_OPTION },
  } as WithHelp<T>;
  let parsed: ReturnType<typeof parseArgs<WithHelp<T>>>;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error), help);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(help);
    process.exit(0);
  }
  return parsed;
}

/**
 * An option's text as a whole number from `min` to `max`, or undefined when it is not one (a
 * fraction, a sign, an exponent, or out of range), for `?? usageError(…)`.
 */
export function wholeNumber(
  text: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const value = Number(text);
  return /^\d+$/.test(text) && value >= min && value <= max ? value : undefined;
}

/** Stops the command for a usage mistake: what was wrong, then the help; exit code 2. */
export function usageError(message: string, help: string): never {
  console.error(`✗ ${message}\n\n${help}`);
  process.exit(2);
}
