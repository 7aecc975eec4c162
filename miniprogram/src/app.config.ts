export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/directory/index',
    'pages/service/index',
    'pages/articles/index',
    'pages/article/index',
    'pages/check/index',
    'pages/report/index',
    'pages/alerts/index',
    'pages/emergency/index',
    'pages/about/index',
    'pages/neutral/index',
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f7f4f2',
    navigationBarBackgroundColor: '#f7f4f2',
    navigationBarTitleText: '',
    navigationBarTextStyle: 'black',
    // Also shows Taro's title bar with a back button on H5, as WeChat does.
    navigationStyle: 'default',
  },
  // Opening the app asks for nothing: no login, no location, no other permission.
  lazyCodeLoading: 'requiredComponents',
  // Copied from miniprogram/sitemap.json: no page in WeChat's search.
  sitemapLocation: 'sitemap.json',
});
