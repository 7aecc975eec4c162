import Koa from 'koa';

/** The yardstick: Koa answering a constant, on the same machine as the real check. */
const app = new Koa();
app.use((ctx) => {
  ctx.body = { data: 'hello' };
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
