import { fileURLToPath } from 'node:url';
import { VantResolver } from '@vant/auto-import-resolver';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Vant's icon font is inlined as a data: URL with a fallback on a CDN; the console loads nothing from elsewhere
 * (CSP font-src 'self' data:), so the CDN fallback is cut from the stylesheet.
 */
function iconFontWithoutCdn(): Plugin {
  return {
    name: 'huijian-vant-icon-font-without-cdn',
    enforce: 'pre',
    transform(code, id) {
      if (!/vant[\\/]es[\\/]icon[\\/]index\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\)\s*format\("woff"\)/g, ''), map: null };
    },
  };
}

// The console (工作台) builds into dist/console, which the API serves at / and /app/*. Vant's components and their
// styles are imported per use (the resolver), so a screen carries only the components it shows.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [iconFontWithoutCdn(), vue(), Components({ resolvers: [VantResolver()], dts: false })],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline <script>/<style> and no data: URLs for scripts: the page runs under script-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // The plugin-timing report is noise in `npm start` / `npm test` output.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
});
