// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site-config.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  trailingSlash: 'always',
  // Pages render with Astro's default Markdown processor, which has GFM built in.
  integrations: [mdx(), sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts (Astro inlines small ones): a strict CSP allows no inline script.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx module carries this directive; the warning is noise (see stack notes).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
