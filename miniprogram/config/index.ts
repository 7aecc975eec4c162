import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { H5FirstScreenPlugin } from './h5-first-screen';
import { GenerateSW } from 'workbox-webpack-plugin';
import { PwaAssetsPlugin, serviceWorkerOptions } from './pwa';

/**
 * One config for both targets. The weapp build goes to dist/ (what WeChat DevTools loads through the root
 * project.config.json) and the H5 build to dist-h5/, so both can sit side by side.
 *
 * Build-time settings, read from the environment:
 * - LOTUS_API_BASE: the API origin, e.g. https://lotus.example.org. Empty means the platform default
 *   (see src/config.weapp.ts and src/config.h5.ts).
 * - LOTUS_MP_OUT: a suffix for the output folders (dist-<suffix>, dist-h5-<suffix>), so two builds
 *   running at once (tests in two checkouts of work) do not overwrite each other.
 */
const contractDir = path.resolve(__dirname, '../../server/src/contract');

export default defineConfig<'webpack5'>(async () => {
  const isH5 = process.env.TARO_ENV === 'h5';
  const production = process.env.NODE_ENV === 'production';
  const suffix = process.env.LOTUS_MP_OUT ? `-${process.env.LOTUS_MP_OUT}` : '';
  const outputRoot = `${isH5 ? 'dist-h5' : 'dist'}${suffix}`;
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'lotus',
    date: '2025-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    defineConstants: {
      LOTUS_API_BASE: JSON.stringify(process.env.LOTUS_API_BASE ?? ''),
    },
    // The share card's picture (a plain tomato): without one WeChat shares a screenshot of the page.
    // sitemap.json keeps every page out of WeChat's search (it indexes them all without one): people
    // find Lotus through the bus team and its flyers, and a search hit could out someone who has it.
    copy: {
      patterns: isH5
        ? []
        : [
            { from: 'src/assets/share.png', to: `${outputRoot}/assets/share.png` },
            { from: 'sitemap.json', to: `${outputRoot}/sitemap.json` },
          ],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      // The shared contract (hours, scene grammar, vocabularies) is TypeScript outside src/.
      compile: { include: [contractDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [contractDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      devServer: { host: '127.0.0.1', port: 10086 },
      // Taro splits only initial chunks, so every lazily loaded page carried its own copy of the
      // shared code (locales, components): share it across pages instead.
      webpackChain(chain) {
        chain.optimization.merge({ splitChunks: { chunks: 'all' } });
        // Taro's web API layer imports fetch and AbortController polyfills that every browser in
        // browserslist (package.json) has built in: 10 KB less to parse before the first screen.
        chain.merge({ resolve: { alias: { 'whatwg-fetch': false, 'abortcontroller-polyfill/dist/abortcontroller-polyfill-only': false } } });
        // Icons, manifest and Workbox's service worker: the web app installs and opens offline (config/pwa.ts).
        chain.plugin('pwaAssets').use(PwaAssetsPlugin);
        chain.plugin('serviceWorker').use(GenerateSW, [serviceWorkerOptions()]);
        chain.plugin('h5FirstScreen').use(H5FirstScreenPlugin, [{ apiOrigin: (process.env.LOTUS_API_BASE ?? '').replace(/\/+$/, ''), home: 'pages/home/index' }]);
      },
    },
  };
  if (!production) config.mini = { ...config.mini, debugReact: true };
  return config;
});
