/** How long a deleted consultation can be restored ("undo") before it is purged for good. */
export const UNDO_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
