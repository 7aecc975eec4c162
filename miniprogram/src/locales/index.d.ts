/**
 * The messages of the app's languages, implemented in index.h5.ts and index.weapp.ts (Taro picks the
 * file for the build's platform; unit tests resolve the H5 one). The web loads one language's chunk
 * at a time; WeChat carries its three in the package.
 */
import type { Lang } from '@lotus/server/contract/lang';
import type { Messages } from './types';

export type { Messages };

/** The languages the picker offers on this platform, in the picker's order. */
export declare const UI_LANGS: readonly Lang[];

/** The language the app opens in: the one she chose, else her browser's or phone's, else Chinese. */
export declare const initialLang: Lang;

/** Fetches a language's messages once (a small chunk on the web); resolves at once when already here. */
export declare function loadMessages(lang: Lang): Promise<Messages>;

/** A language's messages if already loaded; the initial language's always are when the app starts. */
export declare function loadedMessages(lang: Lang): Messages | undefined;
