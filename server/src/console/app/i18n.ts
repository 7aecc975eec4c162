export const CONSOLE_LANGS = ['zh-Hans', 'fr'] as const;
export type ConsoleLang = (typeof CONSOLE_LANGS)[number];

const KEY = 'lotus.console.lang';

function initial(): ConsoleLang {
  const saved = localStorage.getItem(KEY);
  if (saved === 'zh-Hans' || saved === 'fr') return saved;
  return navigator.language.startsWith('fr') ? 'fr' : 'zh-Hans';
}

let current: ConsoleLang = initial();
const listeners: Array<() => void> = [];

export function lang(): ConsoleLang {
  return current;
}

export function setLang(next: ConsoleLang): void {
  current = next;
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next;
  for (const l of listeners) l();
}

export function onLangChange(listener: () => void): void {
  listeners.push(listener);
}

type Vars = Record<string, string | number>;

/**
 * A page's strings: Chinese first, French with exactly the same keys (a missing one fails tsc).
 * `{name}` in a string is replaced by `vars.name`.
 */
export function messages<K extends string>(zh: Record<K, string>, fr: Record<K, string>) {
  return (key: K, vars: Vars = {}): string => {
    const text = (current === 'fr' ? fr : zh)[key];
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}
