import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests of the mini-program's own logic. @tarojs/taro is replaced by an in-memory stand-in
 * (storage, request); platform files resolve to their H5 variant (`x.h5.ts`), as in the web build.
 * Run from the repository root: npx vitest run -c miniprogram/vitest.config.ts
 */
export default defineConfig({
  root: __dirname,
  define: { LOTUS_API_BASE: JSON.stringify('http://api.test') },
  resolve: {
    extensions: ['.h5.ts', '.h5.tsx', '.ts', '.tsx', '.mjs', '.js', '.json'],
    alias: { '@tarojs/taro': path.resolve(__dirname, 'test/taro.mock.ts') },
  },
  test: {
    name: 'miniprogram',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'config/**/*.test.ts'],
    environment: 'node',
  },
});
