import { scrubDetails } from '../alerts/scrub';

/** No reported identifier to look for: every identifier-shaped run is masked all the same. */
const NONE = { value: '', normalized: '', masked: '' };

/**
 * A description or area with every phone number, plate, e-mail address and ID-like word masked
 * (alerts/scrub.ts): done before anything is stored, and again on each moderator's edit, because the
 * approved text is public.
 */
export function scrubDescription(text: string): string {
  return scrubDetails(text, NONE);
}
