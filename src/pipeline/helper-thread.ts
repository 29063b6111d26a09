/**
 * One long-lived helper thread that answers requests by id, started on the first request: the
 * Schematron offload (schematron-offload.ts) and the render helper (render-helper.ts) each keep
 * one. A helper that fails (cannot start, runs out of memory, exits) answers every waiting request
 * with `undefined` and the caller does the work itself; an idle helper does not keep the process
 * alive.
 */
import { Worker } from 'node:worker_threads';

/** A request in flight. */
export interface Pending<A> {
  /** The helper's answer, undefined when it failed or was stopped. */
  answer: Promise<A | undefined>;
  /** Gives up on the answer: the helper is stopped (a later request starts a new one). */
  cancel(): void;
}

/** A helper thread running `script`; `answerOf` reads the answer out of a reply. */
export class HelperThread<Request extends { id: number }, Reply extends { id: number }, Answer> {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, (answer: Answer | undefined) => void>();

  constructor(
    private readonly script: URL,
    private readonly answerOf: (reply: Reply) => Answer | undefined,
  ) {}

  /**
   * Sends a request; the id is filled in here.
   * @param body the request without its id.
   */
  request(body: Omit<Request, 'id'>): Pending<Answer> {
    const id = this.nextId++;
    const answer = new Promise<Answer | undefined>((resolve) => this.waiting.set(id, resolve));
    const worker = this.thread();
    worker.ref();
    worker.postMessage({ ...body, id });
    return {
      answer,
      cancel: () => {
        if (this.waiting.has(id)) this.stop(worker);
      },
    };
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (reply: Reply) => {
      this.settle(reply.id, this.answerOf(reply));
      if (!this.waiting.size) worker.unref();
    });
    worker.on('error', () => this.stop(worker));
    worker.on('exit', () => this.stop(worker));
    this.worker = worker;
    return worker;
  }

  private settle(id: number, answer: Answer | undefined): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(answer);
  }

  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    for (const id of [...this.waiting.keys()]) this.settle(id, undefined);
    void worker.terminate();
  }
}
