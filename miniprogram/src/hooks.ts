import { useCallback, useEffect, useRef, useState } from 'react';
import type { Loaded } from './services/request';

/**
 * Shows the device's copy at once, then asks the server (at most once per freshness window, see
 * request.ts). A failed refresh never hides data already on screen.
 */
export function useCached<T>(peek: () => Loaded<T> | null, load: (force: boolean) => Promise<Loaded<T>>, deps: unknown[]) {
  const [state, setState] = useState<Loaded<T> | null>(peek);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const reload = useCallback(async (force = false) => {
    const mine = ++generation.current;
    setLoading(true);
    const result = await load(force);
    if (mine !== generation.current) return;
    setState((prev) => (result.ok || !prev?.ok ? result : prev));
    setLoading(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    setState(peek());
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return { state, loading, reload };
}
