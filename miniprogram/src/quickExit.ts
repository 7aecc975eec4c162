import { leaveTo } from './platform';

/**
 * Replaces everything on screen with an ordinary recipe page, leaving no way Back into the
 * programme (the platform replaces the history entry). For when someone looks over her shoulder.
 */
export function quickExit(): void {
  leaveTo('/pages/neutral/index');
}
