import { Update } from '../entities';
import { UpdateNotFoundError } from '../errors';
import { markPublished, type MarkPublishedProps as Props } from '../wechat/markPublished';

/** Records an update published by hand on the account, with its WeChat address. */
export default function updateMarkPublished({ m, actor, now, id, url }: Props): Promise<Update> {
  return markPublished({ m, entity: Update, id, url, actor, now, kind: 'update', notFound: UpdateNotFoundError });
}
