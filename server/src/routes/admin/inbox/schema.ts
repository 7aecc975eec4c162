import { z } from 'zod';

export const ConversationParamsSchema = z.object({ id: z.uuid({ message: 'id must be a conversation id from the list' }) });
export const MediaParamsSchema = ConversationParamsSchema.extend({ messageId: z.uuid({ message: 'messageId must be a message id from the conversation' }) });

export const InboxReplySchema = z.object({
  text: z.string({ message: 'text is required' }).trim().min(1, 'text is required').max(600, 'text must be 600 characters at most'),
});
export type InboxReplyReq = z.infer<typeof InboxReplySchema>;

export const InboxUpdateSchema = z
  .object({
    /** A console username, or null to unassign. */
    assignedTo: z.string().trim().min(1).max(64).nullable().optional(),
    done: z.boolean({ message: 'done must be true or false' }).optional(),
    note: z.string({ message: 'note must be text' }).trim().max(500, 'note must be 500 characters at most').optional(),
  })
  .refine((v) => v.assignedTo !== undefined || v.done !== undefined || v.note !== undefined, { message: 'give assignedTo, done or note' });
export type InboxUpdateReq = z.infer<typeof InboxUpdateSchema>;
