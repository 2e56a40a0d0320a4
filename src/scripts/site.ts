/**
 * The only script every page loads. It downloads nothing for search until the header search box is
 * focused, highlights searched-for words on a page opened from a result, and starts offline support.
 */
import { startOffline } from './offline.ts';
import { HIGHLIGHT_PARAM } from './search/highlight-param.ts';

const input = document.querySelector<HTMLInputElement>('#search-field');
// The search page has its own search box and results.
if (input && !document.querySelector('[data-app-search-page]')) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search/header-search.ts').then(({ startHeaderSearch }) =>
      startHeaderSearch(input),
    );
  };
  input.addEventListener('focus', start);
  if (document.activeElement === input) start();
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./search/highlight.ts').then(({ highlightSearchTerms }) => highlightSearchTerms());
}

startOffline();
