import { z } from 'zod';

/** `POST /api/scan`: any text is counted (a malformed scene as unknown); only a body that is not a scene at all is refused. */
export const ScanSchema = z.object({
  scene: z.string({ error: 'send the scanned scene as text' }).max(256, 'a scene is never longer than 256 characters'),
});
