/**
 * The header's navigation: the six sections every reader can reach from any page, and which of
 * them the current page belongs to (NHS.UK marks it with aria-current).
 */

/** The sections, in the order the header shows them. */
export const SITE_SECTIONS = [
  { href: '/requirements/', text: 'Requirements' },
  { href: '/guidance/', text: 'Guidance' },
  { href: '/toolkits/', text: 'Toolkits' },
  { href: '/self-assessment/', text: 'Self-assessment' },
  { href: '/patients/', text: 'Patients' },
  { href: '/about/', text: 'About' },
] as const;

/**
 * `page` when the path is the section's own page, `true` when it is inside the section (a patient
 * page lives at /guidance/patients/… but belongs to Patients), otherwise undefined.
 */
export function currentSection(section: string, pathname: string): 'page' | 'true' | undefined {
  if (pathname === section) return 'page';
  return sectionOfPath(pathname) === section ? 'true' : undefined;
}

function sectionOfPath(pathname: string): string | undefined {
  if (pathname.startsWith('/guidance/patients/')) return '/patients/';
  return SITE_SECTIONS.find((s) => pathname.startsWith(s.href))?.href;
}
