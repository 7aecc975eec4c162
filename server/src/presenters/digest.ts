import type { DigestDTO, DigestListItemDTO } from '../contract/digest';
import type { Digest } from '../entities';

/** A digest in the console's list: no text. */
export function presentDigestListItem(d: Digest): DigestListItemDTO {
  return {
    id: d.id,
    city: d.city,
    weekStart: d.weekStart,
    title: d.title,
    status: d.status,
    wechat: { status: d.wechat.status, url: d.wechat.url, error: d.wechat.error },
    massSentAt: d.massSentAt ? d.massSentAt.toISOString() : null,
  };
}

export function presentDigest(d: Digest): DigestDTO {
  return {
    ...presentDigestListItem(d),
    markdown: d.markdown,
    counts: d.counts,
    screenHits: d.screenHits,
    updatedAt: d.updatedAt.toISOString(),
    approvedAt: d.approvedAt ? d.approvedAt.toISOString() : null,
  };
}
