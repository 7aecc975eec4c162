/** No title bar at all: WeChat would otherwise add a home button that leads back to the programme. */
export default definePageConfig({ navigationBarTitleText: '', navigationStyle: 'custom', enableShareAppMessage: true });
