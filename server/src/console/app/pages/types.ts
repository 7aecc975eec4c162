import type { Role } from '../../../contract/admin';
import type { Me } from '../session';

export interface PageContext {
  /** Named parts of the route, e.g. `id` for `articles/:id`. */
  params: Record<string, string>;
  me: Me;
  /** Moves to another page, e.g. go('articles'). */
  go(route: string): void;
}

/** One screen of the console. A new screen is one module and one line in pages/index.ts. */
export interface Page {
  /** Path after `#/`, with `:name` parts: 'articles', 'articles/:id'. */
  route: string;
  /** In the top menu when set; only for the listed roles when `roles` is set. */
  nav?: { label(): string; roles?: Role[] };
  render(ctx: PageContext): Promise<HTMLElement> | HTMLElement;
}
