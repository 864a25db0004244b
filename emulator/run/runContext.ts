import { randomUUID } from 'node:crypto';
import type { WorkspaceState } from '../workspace/state';
import type { Realm } from './realm';
import { AuthMode, refusalFor } from './authModes';
import { estimateCallMs, EXCEEDED_MAXIMUM_EXECUTION_TIME, EXECUTION_LIMIT_MS } from './costModel';

/** What the add-on showed a person during one run, in the order it showed it. */
export type Shown =
  | { type: 'sidebar'; title: string; html: string; file?: string }
  | { type: 'modalDialog' | 'modelessDialog'; title: string; html: string; file?: string; width?: number; height?: number }
  | { type: 'alert'; title: string; message: string; buttons: string; answer: string }
  | { type: 'prompt'; title: string; message: string; buttons: string; answer: string; text: string }
  | { type: 'toast'; title: string; message: string; timeoutSeconds?: number }
  | { type: 'menu'; name: string; addon: boolean; items: MenuItem[] };

export type MenuItem = { caption: string; functionName: string } | { separator: true } | { subMenu: string; items: MenuItem[] };

/** A Ui.alert or Ui.prompt that had no answer left, as the browser shell must ask it. */
export interface PendingQuestion {
  type: 'alert' | 'prompt';
  title: string;
  message: string;
  /** The ButtonSet name, e.g. 'OK', 'YES_NO', 'OK_CANCEL'. */
  buttons: string;
}

/** The user-visible selection, as `POST /api/run`'s `selection` gives it. */
export interface Selection {
  sheet: string;
  a1: string;
}

/**
 * Everything one execution of the script sees that is not in the stored workspace: who runs it,
 * where their cursor is, how they will answer dialogs, and the counters. One per run; nothing
 * about a run survives in module state.
 */
export class RunContext {
  readonly calls: Record<string, number> = {};
  readonly shown: Shown[] = [];
  /**
   * Spreadsheet changes made since the last SpreadsheetApp.flush(), by call (`Range.setValues`):
   * Sheets may still hold them back from other executions. The Sheets service fills it.
   */
  readonly unflushedWrites: string[] = [];
  /**
   * What the run did that Google does not promise to work (a lock released with changes not yet
   * flushed): the runner reports these, and fails the run when asked to (tests do).
   */
  readonly violations: string[] = [];
  /** Estimated Apps Script time of the calls so far (costModel.ts). */
  estimatedMs = 0;
  /** Google's limit for this kind of run: 6 minutes, 30 seconds for a simple trigger. */
  timeLimitMs = EXECUTION_LIMIT_MS;
  /**
   * Where the script left the person's cursor in the bound spreadsheet, when it moved it
   * (insertSheet, setActiveSheet, Range.activate): the page shows that sheet afterwards, as
   * Sheets does. The Sheets service fills it.
   */
  movedSelection?: Selection;
  private totalCalls = 0;
  private counting = true;
  private abortReason: string | undefined;
  /**
   * Set by the runner for the browser shell. The Ui service calls it when a Ui.alert or Ui.prompt
   * finds no answer left; it stops the run (it throws) so the shell can ask the person and run
   * again with the answer. When it is not set, the Ui service does what it does without an answer.
   */
  onUnansweredPrompt?: (question: PendingQuestion) => void;
  /**
   * What the run is authorised to call: FULL for a function a person runs, LIMITED for a simple
   * trigger, NONE for an add-on's onOpen in a document where it has not been used (authModes.ts).
   */
  authMode: AuthMode = 'FULL';
  /**
   * Called before each counted service call with its number (1-based), so a test can run another
   * execution at that point, as Google runs executions side by side.
   */
  beforeCall?: (callNumber: number) => void;
  /** Filled in once the bundle's context exists (see Realm). */
  realm!: Realm;
  /** Pending answers to Ui.alert / Ui.prompt, consumed in order. */
  readonly answers: string[];

  constructor(
    readonly workspace: WorkspaceState,
    readonly user: string,
    readonly selection: Selection | undefined,
    answers: string[] = [],
    /** Makes the Nth counted service call (1-based) throw, as a quota or service error would. */
    readonly failAtCall?: number,
    readonly failMessage = 'Service error: Spreadsheets',
    /** Files the HtmlService reads (the build/ folder's HTML), by name without extension. */
    readonly htmlFiles: Record<string, string> = {},
    /**
     * Who holds each lock scope ('document:<id>', 'script', 'user:<email>'). Shared between runs
     * that stand for concurrent executions; a test simulates another execution holding a lock by
     * setting a scope to any other object.
     */
    readonly lockTable: Map<string, object> = new Map(),
    /** Clock, so tests can pin "today". */
    readonly now: () => Date = () => new Date(),
    /** Utilities.getUuid's source, so a replayed test sequence makes the same code names. */
    readonly uuid: () => string = randomUUID,
  ) {
    this.answers = [...answers];
  }

  /**
   * Called by the instrumentation before every service method; throws Google's refusal of a call
   * the run's authorisation mode does not allow, and the injected fault.
   */
  countCall(key: string): void {
    if (this.abortReason !== undefined) throw new Error(this.abortReason);
    if (!this.counting) return;
    const refusal = refusalFor(key, this.authMode);
    if (refusal !== undefined) throw new Error(refusal);
    this.calls[key] = (this.calls[key] ?? 0) + 1;
    this.totalCalls += 1;
    this.estimatedMs += estimateCallMs(key);
    if (this.estimatedMs > this.timeLimitMs) {
      // Google stops the script: nothing after this call runs, whatever the script catches.
      this.abort(EXCEEDED_MAXIMUM_EXECUTION_TIME);
      throw new Error(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    }
    if (this.failAtCall !== undefined && this.totalCalls === this.failAtCall) {
      throw new Error(this.failMessage);
    }
    this.beforeCall?.(this.totalCalls);
  }

  /**
   * Runs `fn` without counting its service calls or letting them trip `failAtCall`: the runner uses
   * it to build the event objects Sheets hands to triggers, which are not the script's calls.
   */
  withoutCounting<T>(fn: () => T): T {
    const before = this.counting;
    this.counting = false;
    try {
      return fn();
    } finally {
      this.counting = before;
    }
  }

  /** Makes every later service call throw `reason`, so a script that catches the stop cannot go on. */
  abort(reason: string): void {
    this.abortReason = reason;
  }

  get aborted(): boolean {
    return this.abortReason !== undefined;
  }

  /** Why the run was stopped from outside the script (a time limit, a question to ask), if it was. */
  get stopReason(): string | undefined {
    return this.abortReason;
  }

  get callCount(): number {
    return this.totalCalls;
  }

  /**
   * Allocates a new id in the stored workspace's sequence, skipping any id already in use: a
   * workspace loaded with `PUT /api/workspace` may hold ids the sequence has not reached yet, and
   * a new file must never take an existing file's place.
   */
  newId(prefix: string): string {
    const { files, spreadsheets, documents } = this.workspace;
    for (;;) {
      const id = `${prefix}${(this.workspace.nextId++).toString(36).padStart(6, '0')}`;
      if (!(id in files) && !(id in spreadsheets) && !(id in documents)) return id;
    }
  }
}
