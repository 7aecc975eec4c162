import digestDraft from '../commands/digestDraft';
import { defineJob } from '../jobs/define';

export const WEEKLY_DIGEST = 'weekly-digest';

/**
 * Monday 07:00 in Paris: every city's digest of the week just ended is drafted and waits in the
 * console for a mediator to read, edit and approve. Nothing reaches WeChat without her.
 */
export const weeklyDigest = defineJob<{ day?: string }>({
  name: WEEKLY_DIGEST,
  queue: { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 300 },
  schedule: { cron: '0 7 * * 1' },
  async work({ day }, { deps }) {
    const result = await deps.db.dataSource.transaction((m) => digestDraft({ m, now: deps.now(), contentDir: deps.config.CONTENT_DIR, day, actor: null }));
    deps.logger.info({ week: result.week.start, drafted: result.drafted.length, kept: result.kept.length }, 'weekly digests drafted');
  },
});
