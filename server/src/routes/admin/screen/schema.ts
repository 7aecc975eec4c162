import { z } from 'zod';

/** The text acknowledgements belong to: an article or an update of the console. */
export const ScreenTargetSchema = z.object({
  type: z.enum(['article', 'update'], { message: 'target.type must be article or update' }),
  id: z.uuid({ message: 'target.id must be an id from the list' }),
});
export type ScreenTarget = z.infer<typeof ScreenTargetSchema>;

export const ScreenRequestSchema = z.object({
  text: z.string({ message: 'text is required' }).max(100_000, 'text must be 100,000 characters at most'),
  /** When given, the warnings accepted for this text come back marked `accepted`. */
  target: ScreenTargetSchema.optional(),
});

export const AcceptRequestSchema = z.object({
  target: ScreenTargetSchema,
  word: z.string({ message: 'word is required' }).trim().min(1, 'word is required').max(100),
  reason: z.string({ message: 'reason is required' }).trim().min(5, 'reason: write at least 5 characters').max(500, 'reason: 500 characters at most'),
});

export const WithdrawRequestSchema = z.object({
  target: ScreenTargetSchema,
  word: z.string({ message: 'word is required' }).trim().min(1, 'word is required').max(100),
});
