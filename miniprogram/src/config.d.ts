/**
 * Platform settings, implemented in config.weapp.ts and config.h5.ts (Taro picks the file for the
 * build's platform).
 */
/** API origin without trailing slash, e.g. https://lotus.example.org */
export declare function apiBase(): string;
