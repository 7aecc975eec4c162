import type { Compiler } from 'webpack';

/**
 * Makes the H5 first screen independent of the waterfall Taro's build leaves: index.html loads the
 * app, the app's router then asks for the page's chunks, and only then can the page render. This
 * plugin rewrites index.html so that
 * - the app stylesheet is inlined (it is the only render-blocking request, and small),
 * - a few lines run before anything else: they read the route from the URL hash and preload that
 *   page's own chunks (scripts and styles) alongside the app, and preconnect to the API origin so
 *   the page's first request does not pay for DNS, TCP and TLS after the scripts have run.
 * `apiOrigin` is the build's LOTUS_API_BASE; empty means the page resolves it itself (`?api=` in
 * development and tests, else its own origin, which needs no preconnect: see src/config.h5.ts).
 */
export class H5FirstScreenPlugin {
  constructor(private readonly options: { apiOrigin: string; home: string }) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('H5FirstScreenPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'H5FirstScreenPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const html = compilation.getAsset('index.html');
        if (!html) return;
        const routes: Record<string, string[]> = {};
        for (const group of compilation.chunkGroups) {
          for (const origin of group.origins) {
            const route = /(pages\/[\w-]+\/index)$/.exec(origin.request ?? '')?.[1];
            if (!route) continue;
            const files = group.getFiles().filter((f: string) => /\.(js|css)$/.test(f));
            routes[route] = [...new Set([...(routes[route] ?? []), ...files])];
          }
        }
        // The messages of each language (src/locales/index.h5.ts): one chunk each, named lang-<code>.
        const langs: Record<string, string[]> = {};
        for (const chunk of compilation.chunks) {
          const lang = /^lang-(.+)$/.exec(chunk.name ?? '')?.[1];
          if (lang) langs[lang] = [...chunk.files].filter((f) => f.endsWith('.js'));
        }
        let text = html.source.source().toString();
        text = text.replace(/<link href="\.\/(css\/app\.[\w.]+\.css)" rel="stylesheet">/, (tag, file: string) => {
          const css = compilation.getAsset(file)?.source.source().toString();
          return css ? `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>` : tag;
        });
        text = text.replace('<script defer="defer"', `<script>${firstScreen(routes, langs, this.options)}</script><script defer="defer"`);
        compilation.updateAsset('index.html', new sources.RawSource(text));
      });
    });
  }
}

/**
 * The inline script (ES5: it runs before any polyfill). It also preloads the messages of the language
 * the app will open in, chosen as src/locales/choice.ts does (her saved choice, kept by Taro's storage
 * as {"data":"ro"}, else the first browser language the app has, else Chinese), so the app does not
 * wait for that chunk after its own scripts have run.
 */
function firstScreen(routes: Record<string, string[]>, langs: Record<string, string[]>, { apiOrigin, home }: { apiOrigin: string; home: string }): string {
  return `(function(d,l){var m=${JSON.stringify(routes)};function a(r,h,s){var e=d.createElement('link');e.rel=r;e.href=h;if(s)e.as=s;else e.crossOrigin='anonymous';d.head.appendChild(e)}
var r=l.hash.replace(/^#\\/?/,'').split('?')[0]||${JSON.stringify(home)};(m[r]||[]).forEach(function(f){a('preload','./'+f,/\\.css$/.test(f)?'style':'script')});
var o=${JSON.stringify(apiOrigin)};if(!o){var q=/[?&]api=([^&#]*)/.exec(l.search);o=q?decodeURIComponent(q[1]):''}
if(/^https?:\\/\\/[A-Za-z0-9.:[\\]-]+\\/?$/.test(o))a('preconnect',o.replace(/\\/+$/,''));
var g=${JSON.stringify(langs)},c;try{c=JSON.parse(localStorage.getItem('lotus:lang')||'{}').data}catch(e){}
var n=navigator.languages||[navigator.language];for(var i=0;i<n.length&&!g[c];i++){var t=String(n[i]).toLowerCase().replace(/_/g,'-');c=/^zh(-|$)/.test(t)?'zh-Hans':t.split('-')[0]}
(g[c]||g['zh-Hans']||[]).forEach(function(f){a('preload','./'+f,'script')})})(document,location)`;
}
