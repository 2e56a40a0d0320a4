/**
 * `npm start` (after the build) and `npm run serve`: serves the built site in dist/ on 127.0.0.1
 * with the site's own server (scripts/lib/site-server.ts).
 */
import path from 'node:path';
import { readOptions, usageError, wholeNumber } from './lib/command-line.ts';
import { serveSite } from './lib/site-server.ts';
import { REPOSITORY_ROOT } from '../src/lib/repository-root.ts';

const HELP = `Usage: npm run serve [-- options]     (npm start builds first, then runs this)

Serves the built site in dist/ as a host would: the security headers, caching, compression, the
site's 404 page, and the search page with the query in its box even without JavaScript.

Options:
  --port <n>     port to listen on (default 4321; 0 picks a free one)
  --host <name>  address to listen on (default 127.0.0.1, this machine only)
  --help         show this help`;

const { values } = readOptions(
  {
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  },
  HELP,
);
const port =
  wholeNumber(values.port, 0, 65535) ??
  usageError(`--port must be a whole number from 0 to 65535; found "${values.port}".`, HELP);
try {
  const server = await serveSite({
    dir: path.join(REPOSITORY_ROOT, 'dist'),
    host: values.host,
    port,
  });
  console.log(`Serving the site at ${server.url}/ (Ctrl+C to stop)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
