/// <reference types="@tarojs/taro" />

declare module '*.scss';

/** Build-time constant from config/index.ts (LOTUS_API_BASE env); empty means the platform default. */
declare const LOTUS_API_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | 'rn' | 'jdrn';
  }
}
