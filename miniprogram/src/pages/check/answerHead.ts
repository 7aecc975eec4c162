import type { CheckResponse } from '@lotus/server/contract/alerts';
import type { Messages } from '../../locales/types';

export type Tone = 'answer-clear' | 'answer-warn' | 'answer-danger';

/**
 * The answer's first line. A count only beside approved reports; reports still being checked are
 * said without a number ("有姐妹提醒过，正在核实"), never "0 people" next to a warning.
 */
export function answerHead(answer: CheckResponse, t: Messages): { head: string; tone: Tone; confirmed: boolean } {
  const confirmed = answer.count > 0;
  if (confirmed) return { head: `⚠️ ${t.check.reported(answer.count)}`, tone: answer.level === 'dangerous' ? 'answer-danger' : 'answer-warn', confirmed };
  if (answer.reported || answer.unconfirmed > 0) return { head: `⚠️ ${t.check.unconfirmedOnly}`, tone: 'answer-warn', confirmed };
  return { head: `✅ ${t.check.notReported}`, tone: 'answer-clear', confirmed };
}
