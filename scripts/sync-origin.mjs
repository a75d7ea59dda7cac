// The build setting SERVICEBOOK_SYNC_ORIGIN: the origins of the team's
// CouchDB server that the Content-Security-Policy lets the app contact
// (connect-src), comma separated, each exactly scheme://host[:port]
// (http or https, no path, no wildcard). A database on the app's own origin
// (one host behind a reverse proxy) needs none. A value that is not such a
// list stops the build: a policy that silently left the server out would
// only show as "could not be reached" in the browser.

const ORIGIN = /^(https?):\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(?::(\d{1,5}))?$/;

/** The origins named by `value` (empty when unset), or throws naming the wrong one. */
export function syncOrigins(value) {
  if (value === undefined || value.trim() === '') return [];
  const out = [];
  for (const raw of value.split(',')) {
    const origin = raw.trim();
    const m = ORIGIN.exec(origin);
    const port = m && m[3] !== undefined ? Number(m[3]) : null;
    if (!m || (port !== null && (port < 1 || port > 65535))) {
      throw new Error(
        `SERVICEBOOK_SYNC_ORIGIN: "${origin}" is not an origin; write scheme://host[:port], ` +
          'e.g. https://couch.example.com or http://127.0.0.1:5984, several separated by commas',
      );
    }
    const lower = origin.toLowerCase();
    if (!out.includes(lower)) out.push(lower);
  }
  return out;
}
