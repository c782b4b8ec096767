// A page's "site" for per-site settings: its origin, and the host pattern the
// browser asks the reader to grant for it. Local files count as one site.

export function siteOf(url: string): string | null {
  if (url.startsWith('file:')) return 'file://';
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}

/** Match patterns take no port (Firefox rejects one), so access is asked for the host. */
export function hostPattern(site: string): string {
  if (site === 'file://') return 'file:///*';
  const { protocol, hostname } = new URL(site);
  return `${protocol}//${hostname}/*`;
}
