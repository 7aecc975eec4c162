import type { PropsWithChildren } from 'react';
import { useDidShow } from '@tarojs/taro';
import { startOutbox } from './outbox';
import { guardExit, startWebApp } from './platform';
import './app.scss';

guardExit();
startWebApp();

export default function App({ children }: PropsWithChildren) {
  // Reports saved while offline go out as soon as the app is back on screen.
  useDidShow(() => startOutbox());
  return children;
}
