/**
 * A push-to-pull queue: producers `push` values, one consumer iterates them. `return()` (the
 * client unsubscribing) runs the cleanup; `end()` completes the stream after queued values.
 */
export class AsyncChannel<T> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | undefined;
  private done = false;
  private cleanups: (() => void)[] = [];

  onClose(fn: () => void): void {
    if (this.done) fn();
    else this.cleanups.push(fn);
  }

  push(value: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
    } else {
      this.queue.push(value);
    }
  }

  /** Completes the stream once the queued values are consumed. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.runCleanups();
    if (this.waiting && this.queue.length === 0) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.queue.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.queue = [];
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.queue = [];
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private runCleanups(): void {
    const fns = this.cleanups;
    this.cleanups = [];
    for (const fn of fns) fn();
  }
}
