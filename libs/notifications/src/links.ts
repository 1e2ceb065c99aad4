/** What a message's link opens: the console page of its item, of its cycle, of its star rating, or the inbox. */
export type LinkTarget = 'item' | 'cycle' | 'rating' | 'inbox';

/**
 * The one place a message link is built: every link in every message (inbox entries, e-mail, the three robots)
 * points at a console route, where a person without a session is asked to sign in and then comes back.
 */
export function consoleLink(
  publicUrl: string,
  about: { itemId?: string | null; cycleId?: string | null; starRatingId?: string | null } = {},
): { url: string; target: LinkTarget } {
  if (about.itemId) return { url: `${publicUrl}/app/items/${about.itemId}`, target: 'item' };
  if (about.cycleId) return { url: `${publicUrl}/app/cycles/${about.cycleId}`, target: 'cycle' };
  if (about.starRatingId) {
    return { url: `${publicUrl}/app/evaluation/ratings/${about.starRatingId}`, target: 'rating' };
  }
  return { url: `${publicUrl}/app/inbox`, target: 'inbox' };
}
