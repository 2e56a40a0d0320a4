/**
 * Marks the searched-for words on a page opened from a search result (`?pagefind-highlight=…`),
 * with Pagefind's own highlight script. Loaded only when that parameter is present.
 */
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { FULL_INDEX } from './pagefind-client.ts';

interface PagefindHighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

export async function highlightSearchTerms(): Promise<void> {
  const url = `${FULL_INDEX}pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(
    /* @vite-ignore */ url
  )) as PagefindHighlightModule;
  // addStyles would inject an inline <style>; app.scss styles the marks instead (strict CSP).
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}
