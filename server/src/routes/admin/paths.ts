/**
 * The path a router mounted at `prefix` registers for a route of ADMIN_ROUTES (contract/adminRoutes.ts),
 * so every admin path is written once, in the table. Throws at start-up for a route outside the prefix.
 */
export function under(prefix: string): (route: { path: string }) => string {
  return (route) => {
    if (!route.path.startsWith(prefix)) throw new Error(`${route.path} is not under ${prefix}`);
    return route.path.slice(prefix.length) || '/';
  };
}
