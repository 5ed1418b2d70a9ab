/** The timer functions a retry schedule uses: the platform's own, or a test's fake. */
export interface Timers {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

/** How long to wait before the next try after `failures` failures in a row: 5 s, doubling up to a minute. */
export function retryDelay(failures: number): number {
	return Math.min(60_000, 5_000 * 2 ** Math.max(0, failures - 1));
}

/** Retries a call that the LMS refused, backing off, until it succeeds or the schedule stops. */
export interface RetrySchedule {
	/** Failures in a row so far. */
	failures(): number;
	/** The call failed: count it, and try again after the delay (replacing any try already waiting). */
	failed(): void;
	/** The call succeeded: the count starts again, and nothing waits. */
	succeeded(): void;
	/** Nothing more is tried (the session ended). */
	stop(): void;
}

/** A schedule that calls `retry` after each failure, later each time; the clock is injected. */
export function retrySchedule(retry: () => void, timers: Timers, delay: (failures: number) => number = retryDelay): RetrySchedule {
	let failures = 0;
	let waiting: unknown;
	const clear = () => {
		if (waiting !== undefined) timers.clearTimeout(waiting);
		waiting = undefined;
	};
	return {
		failures: () => failures,
		failed() {
			failures += 1;
			clear();
			waiting = timers.setTimeout(() => {
				waiting = undefined;
				retry();
			}, delay(failures));
		},
		succeeded() {
			failures = 0;
			clear();
		},
		stop: clear,
	};
}
