import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveElement } from 'lit';
import { toDataError, type LzmDataError } from './errors.js';
import { loadBlob, loadSource, type LoadedData } from './load.js';

/** What a source reads from: the element's `src`, `.data` (a File or Blob) and `timeout`. */
export interface SourceHost extends ReactiveElement {
  src?: string;
  data?: unknown;
  timeout?: number;
}

type From = string | Blob | undefined;

/** The file an element reads from now: `src`, else a File/Blob in `.data`. */
const fileOf = (host: SourceHost): From => host.src || (host.data instanceof Blob ? host.data : undefined);

/**
 * Loading an element's `src` (or a File/Blob in `.data`) with `@lit/task`: a lazy chunk with the
 * data layer, so an element whose data are attributes or a plain object never downloads either.
 * A new `src` aborts the request in flight; so does disconnecting, and the load starts again
 * when the element comes back (`resume`). `onLoaded` hears of each load that completed.
 * `loaded` and `failure` answer for the element's file of the moment only: in the update that
 * changes `src` (the task runs after willUpdate) the previous file's data or error is not shown.
 */
export class Source {
  private readonly host: SourceHost;
  private readonly task: Task<[From], { from: From; loaded: LoadedData }>;
  private failedFor?: From;

  constructor(host: SourceHost, onLoaded: (loaded: LoadedData) => void) {
    this.host = host;
    this.task = new Task(host, {
      args: () => [fileOf(host)],
      task: async ([from], { signal }) => {
        // Out of the page (removed before its first update): nothing to load until it comes back (resume).
        if (!from || !host.isConnected) return initialState;
        try {
          const timeout = host.timeout !== undefined && host.timeout > 0 ? host.timeout : undefined;
          return { from, loaded: typeof from === 'string' ? await loadSource(from, signal, timeout) : await loadBlob(from) };
        } catch (error) {
          // Cut short by disconnecting: no error, just not loaded (see resume).
          if (signal.aborted) return initialState;
          this.failedFor = from;
          throw toDataError(error);
        }
      },
      onComplete: ({ loaded }) => onLoaded(loaded),
    });
  }

  /** The parsed file, once loaded. */
  get loaded(): LoadedData | undefined {
    const value = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    return value && value.from === fileOf(this.host) ? value.loaded : undefined;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Why the file could not be loaded or read. */
  get failure(): LzmDataError | undefined {
    return this.task.status === TaskStatus.ERROR && this.failedFor === fileOf(this.host) ? (this.task.error as LzmDataError) : undefined;
  }

  /** True while `loaded` is this load's result (no newer file since). */
  isCurrent(loaded: LoadedData): boolean {
    return this.loaded === loaded;
  }

  abort(): void {
    this.task.abort();
  }

  /** Loads again a file whose load was cut short by disconnecting. */
  resume(): void {
    if (this.task.status === TaskStatus.INITIAL && fileOf(this.host)) void this.task.run();
  }
}
