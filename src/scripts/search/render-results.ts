/** NHS.UK markup for search results, shared by the search page and the header search box. */
import type { PagefindResultData } from './pagefind-client.ts';

/** "1 result" / "12 results". */
export function resultCountText(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

/**
 * One result: its title as a link (to the page, with the words to highlight), who it is for and
 * its review date, its summary, and Pagefind's excerpt with the matched words in <mark>. A
 * glossary result opens the term that matched, not the top of the glossary.
 */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const target = resultTarget(data);
  const item = element('li', 'app-search-result');
  const heading = element('h2', 'nhsuk-heading-s nhsuk-u-margin-bottom-1');
  const link = element('a', 'nhsuk-link', target.title);
  link.href = target.url;
  heading.append(link);
  item.append(heading);
  const details = element('p', 'nhsuk-body-s nhsuk-u-margin-bottom-1 app-search-result__details');
  const label = readerLabel(data);
  if (label) details.append(element('strong', 'nhsuk-tag nhsuk-tag--grey', label));
  if (data.meta.reviewed) details.append(` Last reviewed ${data.meta.reviewed}`);
  if (details.childNodes.length > 0) item.append(details);
  if (data.meta.summary && !target.section)
    item.append(element('p', 'nhsuk-body-s nhsuk-u-margin-bottom-1', data.meta.summary));
  if (target.excerpt) {
    const excerpt = element(
      'p',
      'nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0 app-search-result__excerpt',
    );
    // Pagefind encodes the page text before adding <mark>, so its excerpt is safe as HTML.
    excerpt.innerHTML = target.excerpt;
    item.append(excerpt);
  }
  return item;
}

/**
 * The glossary's full-text result, leading to the term the suggestions named (`term`, a
 * suggestion's record: `/glossary/#ccg`), with that term's excerpt where the full text has one:
 * the suggestions read the terms' names and other names, so "what's the difference between a CCG
 * and an ICB" opens the CCG, not the term whose text holds most of the words. Any other result is
 * left as it is.
 */
export function atSuggestedTerm(
  full: PagefindResultData,
  term: PagefindResultData,
): PagefindResultData {
  const anchor = term.url.indexOf('#');
  if (full.meta.type !== 'Glossary' || anchor < 0) return full;
  const hash = term.url.slice(anchor);
  const section = full.sub_results?.find((sub) => sub.url.endsWith(hash));
  return {
    ...full,
    sub_results: [
      // The suggestion's record holds only the term's names: no excerpt rather than those.
      section ?? { title: term.meta.title ?? '', url: term.url, excerpt: '' },
    ],
  };
}

/**
 * Where a result leads. The glossary is one page of many terms, so its result leads to the term
 * (the section, `/glossary/#id`) that holds most of the words searched.
 */
export function resultTarget(data: PagefindResultData): {
  url: string;
  title: string;
  excerpt: string;
  section: boolean;
} {
  const title = data.meta.title ?? data.url;
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#'));
  if (data.meta.type === 'Glossary' && sections.length > 0) {
    const best = sections.reduce((a, b) =>
      (b.locations?.length ?? 0) > (a.locations?.length ?? 0) ? b : a,
    );
    return {
      url: best.url,
      title: `${best.title} (${title})`,
      excerpt: best.excerpt,
      section: true,
    };
  }
  return { url: data.url, title, excerpt: data.excerpt, section: false };
}

/** A compact result for the header box: its title, and who it is for. */
export function suggestionItem(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'app-header-search__item');
  const link = element('a', 'nhsuk-link app-header-search__link', data.meta.title ?? data.url);
  link.href = data.url;
  const label = readerLabel(data);
  if (label)
    link.append(
      element('span', 'nhsuk-body-s nhsuk-u-secondary-text-colour app-header-search__type', label),
    );
  item.append(link);
  return item;
}

/** Who a result is for ("For GP practices", "Contract requirement", …), from readers.ts at build. */
export function readerLabel(data: PagefindResultData): string | undefined {
  return data.meta.reader ?? data.meta.type;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
