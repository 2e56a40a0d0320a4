/**
 * Results as you type in the header search box. The form stays a plain GET to /search/, so Enter
 * (or no JavaScript at all) still opens the full search page. Loaded only once the box is focused.
 *
 * The suggestions come from the small index of page titles and everyday keywords, not the
 * full text: it answers each keystroke in milliseconds on a slow connection and a large site. The
 * "See all results" link and Enter search every word on the search page.
 *
 * Keyboard: Down arrow moves from the box into the results, Up and Down move between them,
 * Escape closes the list and returns to the box. A polite live region announces the count.
 */
import { correctedQuery } from '../../lib/search-query.ts';
import { loadLanguage, loadPagefind, SUGGESTIONS_INDEX } from './pagefind-client.ts';
import { readerRole } from './reader-role.ts';
import { element, suggestionItem } from './render-results.ts';
import { searchWithPlan, SUGGESTIONS_SHOWN } from './understand.ts';

const MIN_LENGTH = 2;

export function startHeaderSearch(input: HTMLInputElement): void {
  const form = input.form;
  if (!form) return;
  const panel = element('div', 'app-header-search');
  panel.id = 'header-search-results';
  panel.hidden = true;
  const status = element('p', 'nhsuk-body-s nhsuk-u-margin-bottom-2 app-header-search__status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = element('ul', 'nhsuk-list nhsuk-u-margin-bottom-2 app-header-search__list');
  list.setAttribute('aria-label', 'Search suggestions');
  const all = element('a', 'nhsuk-link app-header-search__all');
  panel.append(status, list, all);
  form.after(panel);
  input.setAttribute('aria-controls', panel.id);
  status.id = 'header-search-status';
  input.setAttribute('aria-describedby', status.id);

  // Start downloading Pagefind and the vocabulary now, so the first query does not wait for them.
  // Only the words on two pages or more: a word cut short as it is typed ("summ") is planned as the
  // beginning of those words, and the words on one page only are loaded when a query needs them (a
  // rare word, or a slip to mend).
  void loadPagefind(SUGGESTIONS_INDEX).catch(() => undefined);
  void loadLanguage().catch(() => undefined);

  let latest = 0;
  // Escape dismisses the list until the query changes; leaving the box only hides it.
  let dismissed = false;
  const close = () => {
    panel.hidden = true;
  };

  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    dismissed = false;
    if (query.length < MIN_LENGTH) {
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    try {
      // No debounce: a search on a loaded index takes milliseconds, and results of a query
      // overtaken by further typing are dropped (ticket) instead of shown.
      // Still being typed unless a space follows the last word: it may be cut short.
      const { plan, found } = await searchWithPlan(SUGGESTIONS_INDEX, query, readerRole(), {
        typing: !/\s$/.test(input.value),
      });
      if (ticket !== latest) return;
      const shown = await Promise.all(
        found.results.slice(0, SUGGESTIONS_SHOWN).map((r) => r.result.data()),
      );
      if (ticket !== latest) return;
      list.replaceChildren(...shown.map(suggestionItem));
      const meant =
        plan.corrections.length > 0
          ? ` Showing suggestions for ‘${correctedQuery(query, plan)}’.`
          : '';
      status.textContent =
        shown.length > 0
          ? `${shown.length} ${shown.length === 1 ? 'suggestion' : 'suggestions'} for ‘${query}’.${meant}`
          : `No suggestions for ‘${query}’. Press Enter to search the full text.`;
      all.href = `/search/?q=${encodeURIComponent(query)}`;
      all.textContent =
        shown.length > 0 ? `See all results for ‘${query}’` : `Search the full text for ‘${query}’`;
      panel.hidden = false;
    } catch {
      status.textContent =
        'Search is not available right now. Press Enter to open the search page.';
      list.replaceChildren();
      panel.hidden = false;
    }
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      dismissed = true;
      close();
    }
  });

  panel.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      items[Math.min(at + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at <= 0 ? input : items[at - 1]!).focus();
    } else if (event.key === 'Escape') {
      dismissed = true;
      close();
      input.focus();
    }
  });

  // Close when focus leaves the box and its results, e.g. tabbing on through the page.
  for (const target of [form, panel]) {
    target.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (!next || (!form.contains(next) && !panel.contains(next))) close();
    });
  }
  input.addEventListener('focus', () => {
    if (!dismissed && (list.childElementCount > 0 || status.textContent)) panel.hidden = false;
  });

  // Anything typed while this module was loading.
  if (input.value.trim().length >= MIN_LENGTH) input.dispatchEvent(new Event('input'));

  function links(): HTMLAnchorElement[] {
    return [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }
}
