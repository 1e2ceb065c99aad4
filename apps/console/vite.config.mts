import { fileURLToPath } from 'node:url';
import { VantResolver } from '@vant/auto-import-resolver';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Vant's icon font comes inlined in its stylesheet as a data: URL (34 kB of base64, with a fallback on a CDN). Inlined,
 * it would ride in the first screen's render-blocking CSS, so the build writes it out as a file of its own
 * (`assets/vant-icon-<hash>.woff2`, fetched only once an icon shows) and cuts the CDN fallback: the console loads
 * nothing from elsewhere, and no font from a data: URL (CSP font-src 'self').
 */
function iconFontAsFile(): Plugin {
  return {
    name: 'huijian-vant-icon-font-as-file',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/vant[\\/]es[\\/]icon[\\/]index\.css$/.test(id)) return null;
      const inlined = /url\(["']?data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)["']?\)/.exec(code);
      if (!inlined) this.error("Vant's icon stylesheet no longer inlines its font as woff2: revisit iconFontAsFile");
      const ref = this.emitFile({ type: 'asset', name: 'vant-icon.woff2', source: Buffer.from(inlined[1], 'base64') });
      // Vite's own placeholder for an emitted asset: its CSS pipeline writes the hashed file name in its place.
      return {
        code: code
          .replace(inlined[0], `url(__VITE_ASSET__${ref}__)`)
          .replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\)\s*format\("woff"\)/g, ''),
        map: null,
      };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (
          file.type === 'asset' &&
          file.fileName.endsWith('.css') &&
          /__VITE_ASSET__|data:font/.test(String(file.source))
        )
          this.error(`${file.fileName} still inlines a font or holds an unresolved asset: revisit iconFontAsFile`);
    },
  };
}

/**
 * The boot (src/boot.ts: GET /me and the first screen's data) is an entry of its own, a few kB, and its script comes
 * before the main one: module scripts run in document order, each once its own imports are in, so the boot's requests
 * leave while the main chunk (Vue, Vant, the shell) is still arriving and being compiled. The main chunk imports the
 * same boot chunk, so it runs once either way.
 */
function bootScriptFirst(): Plugin {
  return {
    name: 'huijian-boot-script-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        if (boot?.type !== 'chunk') throw new Error('the boot chunk is missing from the build');
        const main = html.indexOf('<script type="module"');
        if (main < 0) throw new Error('index.html has no module script to put the boot before');
        const tags = [
          `<script type="module" crossorigin src="/${boot.fileName}"></script>`,
          ...boot.imports.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
        ];
        return `${html.slice(0, main)}${tags.join('\n    ')}\n    ${html.slice(main)}`;
      },
    },
  };
}

// The console (工作台) builds into dist/console, which the API serves at / and /app/*. Vant's components and their
// styles are imported per use (the resolver), so a screen carries only the components it shows.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [iconFontAsFile(), bootScriptFirst(), vue(), Components({ resolvers: [VantResolver()], dts: false })],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline <script>/<style> and no data: URLs for scripts: the page runs under script-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // The plugin-timing report is noise in `npm start` / `npm test` output.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        boot: fileURLToPath(new URL('src/boot.ts', import.meta.url)),
      },
      checks: { pluginTimings: false },
    },
  },
});
