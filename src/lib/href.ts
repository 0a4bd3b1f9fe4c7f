// Internal links must carry the deploy base path (e.g. "/hub-likes/" on GitHub project Pages);
// a bare "/top/" would point at the owner's root site instead.

/** Joins a site-relative path onto a base path, with exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//")) {
    throw new Error(`href() takes a path inside the site such as "top/"; got the absolute URL "${path}".`);
  }
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, "");
}

/** A link to a page or file of this site, under the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? "/", path);
}
