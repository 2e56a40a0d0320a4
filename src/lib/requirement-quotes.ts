/**
 * Template letters quote the contract the way the requirement page does. Rather than copy each
 * clause reference into every letter (where it would drift from the requirement), a letter writes
 * `{{quote:<requirement id>}}` and the toolkit build puts that requirement's `howToQuote` there.
 */
import { ToolkitSourceError } from './toolkits/sources.ts';

const PLACEHOLDER = /\{\{\s*quote:\s*([^}\s]*)\s*\}\}/g;

/** Line number (from 1) of a character offset in `text`. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Replaces every `{{quote:<id>}}` in a toolkit document with the requirement's `howToQuote`.
 * Fails, naming the file and line, on an id that is not a requirement or a `{{` that is not a
 * placeholder, so a letter never goes out with a gap or a stray brace.
 */
export function fillRequirementQuotes(
  markdown: string,
  file: string,
  quotes: ReadonlyMap<string, string>,
): string {
  const filled = markdown.replace(PLACEHOLDER, (whole, id: string, offset: number) => {
    const quote = quotes.get(id);
    if (quote) return quote;
    const known = [...quotes.keys()].sort().join(', ');
    throw new ToolkitSourceError(
      `${file}:${lineAt(markdown, offset)}: ${whole} names no requirement with a howToQuote ` +
        'line. Expected {{quote:<id>}} with the id of a file in content/requirements/ ' +
        `(${known}). Correct the id.`,
    );
  });
  const stray = filled.indexOf('{{');
  if (stray >= 0) {
    throw new ToolkitSourceError(
      `${file}:${lineAt(filled, stray)}: found "{{" that is not a quote placeholder. ` +
        'Expected {{quote:<requirement id>}}, e.g. {{quote:fit-notes}}. ' +
        'Correct it or remove the braces.',
    );
  }
  return filled;
}
