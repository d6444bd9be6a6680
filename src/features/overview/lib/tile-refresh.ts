/**
 * How the overview's tiles refresh: about every 30 s, and never while the tab is hidden (React
 * Query resumes when it shows again). Spread after a factory's options: the key stays the factory's.
 */
export const TILE_REFRESH = { refetchInterval: 30_000, refetchIntervalInBackground: false } as const;

/** The tiles' cross-area reads: every expiry the certificates tile looks ahead. */
export const EXPIRY_WINDOW_DAYS = 30;
