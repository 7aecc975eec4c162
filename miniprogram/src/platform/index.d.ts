/**
 * What differs between WeChat and the web, implemented in index.weapp.ts and index.h5.ts (Taro
 * picks the file for the build's platform; tests resolve the H5 one).
 */
import type { MapPlace, TapOptions } from './types';

/** Opens the place in the phone's map. */
export declare function openMap(place: MapPlace): void;

/** Starts a text message to `number`, or copies the number when the platform cannot (WeChat); true when copied. */
export declare function startSms(number: string): Promise<boolean>;

/** The raw (still URL-encoded) scene the app was opened with, from the home page's query or the platform. */
export declare function launchScene(params: Record<string, string | undefined>): string | null;

/** Server HTML made safe for the platform's renderer. */
export declare function safeHtml(html: string): string;

/** The props that make a View a button: tap, role and label, and on the web keyboard focus and Enter/Space. */
export declare function tapProps(onTap: () => void, opts?: TapOptions): Record<string, unknown>;

/** Says the page's language to the platform (`<html lang>` on the web; nothing to do on WeChat). */
export declare function setDocumentLang(lang: string): void;

/** Leaves for the neutral page without leaving a way Back: `location.replace` on the web, `reLaunch` on WeChat. */
export declare function leaveTo(path: string): void;

/** At start: after a quick exit, keeps Back from reopening the programme (web). */
export declare function guardExit(): void;

/** The deliberate way back from the neutral page lifts that guard. */
export declare function comeBack(): void;

/** Props of the phone input: a numeric keypad on each platform. */
export declare function phoneInputProps(label: string): Record<string, unknown>;

/** Props naming a text input for screen readers. */
export declare function inputLabel(label: string): Record<string, unknown>;

/** Marks the page's own title as its heading for screen readers. */
export declare function headingProps(): Record<string, unknown>;

/** At start: the web app's service worker (offline, installable); nothing on WeChat. */
export declare function startWebApp(): void;

/** Runs `run` each time the network comes back. */
export declare function onOnline(run: () => void): void;

/** Where `scene` opens: a web address on the web, Home's path with `?scene=` inside WeChat. */
export declare function sceneUrl(scene: string): string;

/** Shares the link to `scene` (Web Share API, else copied); on WeChat the share button's card does it. */
export declare function shareScene(scene: string, title: string): Promise<'shared' | 'copied' | 'failed'>;
