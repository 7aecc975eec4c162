import type { EntityManager } from 'typeorm';

interface Props {
  m: EntityManager;
  now: Date;
  retentionDays: number;
}

/**
 * Deletes inbox messages (and their cached voice and images) older than the retention period, then
 * conversations left without any. The tables are rewritten (VACUUM FULL) when something was deleted,
 * so the sealed rows leave the database files and not only its visible rows.
 */
export default async function inboxPurge({ m, now, retentionDays }: Props): Promise<{ messages: number; conversations: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const messages = await m.createQueryBuilder().delete().from('inbox_messages').where('at < :cutoff', { cutoff }).execute();
  const conversations = await m
    .createQueryBuilder()
    .delete()
    .from('inbox_conversations')
    .where('last_activity_at < :cutoff', { cutoff })
    .andWhere('NOT EXISTS (SELECT 1 FROM inbox_messages WHERE inbox_messages.conversation_id = inbox_conversations.id)')
    .execute();
  const purged = { messages: messages.affected ?? 0, conversations: conversations.affected ?? 0 };
  if (purged.messages + purged.conversations > 0 && !m.queryRunner?.isTransactionActive) {
    await m.query(`VACUUM FULL inbox_messages`);
    await m.query(`VACUUM FULL inbox_conversations`);
  }
  return purged;
}
