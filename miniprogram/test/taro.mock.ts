import { vi } from 'vitest';

/** The few Taro APIs the tested modules call, backed by memory; tests script `request`. */
export const storage = new Map<string, unknown>();

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, JSON.parse(JSON.stringify(value)));
  },
  removeStorageSync: (key: string) => {
    storage.delete(key);
  },
  request: vi.fn(),
  onNetworkStatusChange: vi.fn(),
};

export default Taro;
