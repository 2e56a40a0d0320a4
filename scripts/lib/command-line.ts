/**
 * Reading a command's options, the same way for every script: `--help` prints the help and exits;
 * an unknown or malformed option says what was wrong, prints the help and exits with 2, never a
 * stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function readOptions<T extends ParseArgsConfig>(
  config: T,
  help: string,
): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(help);
    process.exit(0);
  }
  return parsed;
}
