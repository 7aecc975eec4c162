import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import type { Context } from 'koa';
import imageUpload, { IMAGE_MAX_BYTES } from '../../../commands/imageUpload';
import { UploadedImage } from '../../../entities';
import { ImageTooLargeError, NotFoundError } from '../../../errors';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { IdParamsSchema } from '../../../contract/admin';

/** The raw body, read no further than the limit: a large upload is refused without being held whole. */
async function rawBody(ctx: Context): Promise<Buffer> {
  const declared = Number(ctx.get('Content-Length') || 0);
  if (declared > IMAGE_MAX_BYTES) throw ImageTooLargeError(declared);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > IMAGE_MAX_BYTES) throw ImageTooLargeError(size);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Pictures for articles: sent as the request body (the file itself), served back to the console. */
export function adminImagesRouter() {
  const router = new Router({ prefix: '/api/admin/images' });
  const at = under('/api/admin/images');
  router.use(requireSession(), csrf());
  router.post(at(ADMIN_ROUTES.imageUpload), requireRole(...rolesFor('content.write')), async (ctx) => {
    const bytes = await rawBody(ctx);
    const image = await ctx.deps.db.dataSource.transaction((m) => imageUpload({ m, actor: signedIn(ctx).mediator, bytes }));
    ctx.status = 201;
    ctx.body = { data: { id: image.id, url: `/api/admin/images/${image.id}`, size: image.size, contentType: image.contentType } };
  });
  router.get(at(ADMIN_ROUTES.image), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const image = await ctx.deps.db.dataSource.getRepository(UploadedImage).findOne({ where: { id } });
    if (!image) throw NotFoundError('There is no such image', { code: 'image_not_found' });
    ctx.type = image.contentType;
    ctx.set('Cache-Control', 'private, max-age=86400, immutable');
    ctx.body = Buffer.from(image.bytes);
  });
  return router;
}
