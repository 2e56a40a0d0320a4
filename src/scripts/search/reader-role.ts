/**
 * "I am a…": the reader's role, kept in this browser's storage only (never sent anywhere), so
 * both the header box and the search page rank that reader's pages first.
 */
import { isReaderRole, type ReaderRole } from '../../lib/readers.ts';

const KEY = 'app-search-reader-role';

export function readerRole(): ReaderRole | undefined {
  try {
    const stored = localStorage.getItem(KEY);
    return isReaderRole(stored) ? stored : undefined;
  } catch {
    // Storage can be turned off; search then ranks for no one in particular.
    return undefined;
  }
}

export function setReaderRole(role: ReaderRole | undefined): void {
  try {
    if (role) localStorage.setItem(KEY, role);
    else localStorage.removeItem(KEY);
  } catch {
    // As above: the choice then lasts only while the page is open.
  }
}
