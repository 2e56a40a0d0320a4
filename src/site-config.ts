/**
 * Site-wide settings in one place. Change `repositoryUrl` when the repository moves: every
 * "Edit this page" and "View history" link is built from it.
 */
export const siteConfig = {
  serviceName: 'Care Interface Hub',
  /**
   * Who publishes the site, said plainly in the footer and on the about page. The site is not an
   * NHS England publication, so it does not carry the NHS logo (NHS identity guidelines).
   */
  publisher: 'the Interface Working Group',
  /**
   * Public address the site is published at (SITE_URL; unset or empty: a placeholder), for the
   * sitemap, feed and JSON API. The root of a domain: the site has no base path.
   */
  siteUrl: process.env.SITE_URL || 'https://care-interface-hub.example',
  /** Where the source lives (REPOSITORY_URL), on GitHub, without a trailing slash. */
  repositoryUrl:
    process.env.REPOSITORY_URL || 'https://github.com/interface-working-group/care-interface-hub',
  /** Branch that pull requests merge into. */
  branch: 'main',
} as const;
