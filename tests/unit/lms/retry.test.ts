import { describe, expect, it } from 'vitest';
import { retryDelay, retrySchedule, type Timers } from '../../../src/lib/lms/retry';

/** Timers that run only when the test moves time on. */
function fakeTimers() {
	let now = 0;
	let next = 0;
	const pending = new Map<number, { at: number; callback: () => void }>();
	const timers: Timers = {
		setTimeout(callback, ms) {
			pending.set(++next, { at: now + ms, callback });
			return next;
		},
		clearTimeout: (handle) => pending.delete(handle as number),
	};
	return {
		timers,
		pending: () => [...pending.values()].map((timer) => timer.at - now),
		advance(ms: number) {
			now += ms;
			for (const [handle, timer] of [...pending]) {
				if (timer.at <= now) {
					pending.delete(handle);
					timer.callback();
				}
			}
		},
	};
}

describe('retryDelay', () => {
	it('waits 5 s, then doubles, and never more than a minute', () => {
		expect([1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000]);
	});
});

describe('retrySchedule', () => {
	it('tries again after the delay, waiting longer after each failure', () => {
		const clock = fakeTimers();
		let tries = 0;
		const schedule = retrySchedule(() => {
			tries++;
			schedule.failed();
		}, clock.timers);
		schedule.failed();
		clock.advance(4_999);
		expect(tries).toBe(0);
		clock.advance(1);
		expect(tries).toBe(1);
		expect(clock.pending()).toEqual([10_000]);
		clock.advance(10_000);
		expect([tries, schedule.failures()]).toEqual([2, 3]);
	});

	it('keeps one try waiting however many failures arrive together', () => {
		const clock = fakeTimers();
		const schedule = retrySchedule(() => {}, clock.timers);
		schedule.failed();
		schedule.failed();
		expect(clock.pending()).toEqual([10_000]);
	});

	it('forgets the failures after a success, and tries nothing once stopped', () => {
		const clock = fakeTimers();
		let tries = 0;
		const schedule = retrySchedule(() => tries++, clock.timers);
		schedule.failed();
		schedule.succeeded();
		expect([schedule.failures(), clock.pending()]).toEqual([0, []]);
		schedule.failed();
		schedule.stop();
		clock.advance(60_000);
		expect(tries).toBe(0);
	});
});
