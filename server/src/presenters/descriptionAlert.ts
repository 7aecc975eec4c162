import type { DescriptionAlertDTO, ModerationDescriptionAlertDTO } from '../contract/descriptionAlerts';
import type { DescriptionAlert } from '../entities';

/** What both readers of an alert see: where, when and what kind of thing happened. */
const place = (a: DescriptionAlert) => ({ id: a.id, city: a.city, area: a.area, month: a.month, categories: a.categories });

/** What the mini-program shows of an approved alert: no id of anything but the alert, no screening counts. */
export function presentDescriptionAlert(a: DescriptionAlert): DescriptionAlertDTO {
  return { ...place(a), level: a.level ?? 'information', text: a.text, approvedAt: (a.decidedAt ?? a.createdAt).toISOString() };
}

export function presentModerationDescriptionAlert(a: DescriptionAlert): ModerationDescriptionAlertDTO {
  return {
    ...place(a),
    text: a.text,
    screenHits: a.screenHits,
    level: a.level,
    status: a.status,
    createdAt: a.createdAt.toISOString(),
    decidedAt: a.decidedAt ? a.decidedAt.toISOString() : null,
  };
}
