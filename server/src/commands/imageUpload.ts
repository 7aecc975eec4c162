import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { UploadedImage } from '../entities';
import { ImageTooLargeError, ImageTypeError } from '../errors';

/** WeChat's media/uploadimg takes JPG or PNG up to 1 MB: refused here already, in words she can act on. */
export const IMAGE_MAX_BYTES = 1024 * 1024;

/** The type by the file's first bytes, not by its name or the browser's claim. */
export function imageType(bytes: Buffer): UploadedImage['contentType'] | null {
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  /** The file as dropped into the editor. */
  bytes: Buffer;
}

/** Stores an uploaded image; its address goes into the Markdown as /api/admin/images/<id>. */
export default async function imageUpload({ m, actor, bytes }: Props): Promise<UploadedImage> {
  if (bytes.length > IMAGE_MAX_BYTES) throw ImageTooLargeError(bytes.length);
  const contentType = imageType(bytes);
  if (!contentType) throw ImageTypeError();
  return m.save(m.create(UploadedImage, { contentType, bytes, size: bytes.length, username: actor.username }));
}

/** `/api/admin/images/<id>` in an article: the id, else null. */
export function uploadedImageId(src: string): string | null {
  return /^\/api\/admin\/images\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(src)?.[1] ?? null;
}
