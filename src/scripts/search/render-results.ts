/** NHS.UK markup for search results, shared by the search page and the header search box. */
import type { PagefindResultData } from './pagefind-client.ts';

/** "1 result" / "12 results". */
export function resultCountText(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

/**
 * One result: its title as a link (to the page, with the words to highlight), its type and review
 * date, its summary, and Pagefind's excerpt with the matched words in <mark>.
 */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'app-search-result');
  const heading = element('h2', 'nhsuk-heading-s nhsuk-u-margin-bottom-1');
  const link = element('a', 'nhsuk-link', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const details = element('p', 'nhsuk-body-s nhsuk-u-margin-bottom-1 app-search-result__details');
  if (data.meta.type) details.append(element('strong', 'nhsuk-tag nhsuk-tag--grey', data.meta.type));
  if (data.meta.reviewed) details.append(` Last reviewed ${data.meta.reviewed}`);
  if (details.childNodes.length > 0) item.append(details);
  if (data.meta.summary) item.append(element('p', 'nhsuk-body-s nhsuk-u-margin-bottom-1', data.meta.summary));
  const excerpt = element('p', 'nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0 app-search-result__excerpt');
  // Pagefind encodes the page text before adding <mark>, so its excerpt is safe as HTML.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}

/** A compact result for the header box: title and type only. */
export function suggestionItem(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'app-header-search__item');
  const link = element('a', 'nhsuk-link app-header-search__link', data.meta.title ?? data.url);
  link.href = data.url;
  if (data.meta.type) link.append(element('span', 'nhsuk-body-s nhsuk-u-secondary-text-colour app-header-search__type', data.meta.type));
  item.append(link);
  return item;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
