/**
 * What differs between WeChat and the web, implemented in index.weapp.ts and index.h5.ts (Taro
 * picks the file for the build's platform; tests resolve the H5 one).
 */
import type { MapPlace } from './types';

/** Opens the place in the phone's map. */
export declare function openMap(place: MapPlace): void;

/** Starts a text message to `number`, or copies the number when the platform cannot (WeChat); true when copied. */
export declare function startSms(number: string): Promise<boolean>;

/** The raw (still URL-encoded) scene the app was opened with, from the home page's query or the platform. */
export declare function launchScene(params: Record<string, string | undefined>): string | null;

/** Server HTML made safe for the platform's renderer. */
export declare function safeHtml(html: string): string;
