/** Each requirement pack's own print stylesheet: its title in the margin of every printed page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRequirements } from '../../../../lib/content.ts';
import { packPrintCss, requirementPackTitle } from '../../../../lib/packs.ts';

export const getStaticPaths = (async () =>
  (await getRequirements()).map((r) => ({
    params: { id: r.id },
    props: { title: requirementPackTitle(r.data.title) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(packPrintCss((props as { title: string }).title), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
