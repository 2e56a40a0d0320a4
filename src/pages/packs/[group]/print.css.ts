/** Each handbook's own print stylesheet: its title in the margin of every printed page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { handbookTitle, HANDBOOK_GROUPS, packPrintCss } from '../../../lib/packs.ts';
import type { ReaderGroup } from '../../../lib/readers.ts';

export const getStaticPaths = (() =>
  HANDBOOK_GROUPS.map((group) => ({ params: { group } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(packPrintCss(handbookTitle(params.group as ReaderGroup)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
