import Taro from '@tarojs/taro';

/**
 * Replaces everything on screen with an ordinary recipe page and drops the page stack, so Back
 * does not lead to the programme's pages. For when someone looks over her shoulder.
 */
export function quickExit(): void {
  void Taro.reLaunch({ url: '/pages/neutral/index' });
}
