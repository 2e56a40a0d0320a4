import { siteConfig } from '../site-config.ts';

/** The repository settings the links need (tests pass their own). */
type RepositoryConfig = Pick<typeof siteConfig, 'repositoryUrl'> & { branch: string };

/** Where an author edits a content file on GitHub, e.g. `…/edit/main/content/guidance/x.md`. */
export function editUrl(file: string, config: RepositoryConfig = siteConfig): string {
  return `${config.repositoryUrl}/edit/${config.branch}/${encodePath(file)}`;
}

/** Every change made to a content file, newest first, on GitHub. */
export function historyUrl(file: string, config: RepositoryConfig = siteConfig): string {
  return `${config.repositoryUrl}/commits/${config.branch}/${encodePath(file)}`;
}

function encodePath(file: string): string {
  return file
    .split(/[\\/]/)
    .filter((part) => part && part !== '.')
    .map(encodeURIComponent)
    .join('/');
}
