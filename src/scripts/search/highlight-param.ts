/** The query parameter a result link carries, so the page it opens highlights the matched words. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
