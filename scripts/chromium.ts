/**
 * The Chromium the browser tests drive: `ON_RECORD_CHROMIUM` when set, else Debian's package, since
 * Playwright cannot download its own browser on these machines.
 */
export const CHROMIUM = process.env.ON_RECORD_CHROMIUM ?? '/usr/bin/chromium';
