/**
 * The pages' only way to reach the server: a typed promise over `google.script.run`.
 *
 * `ServerApi` is derived from src/main.ts's own exports with a type-only import, so a call with the
 * wrong name or arguments fails the type check, and no server code is bundled into a page.
 */
export type ServerApi = typeof import('../../main');

/** The exports of src/main.ts that are functions, i.e. what `google.script.run` can call. */
export type ServerFunctionName = {
  [K in keyof ServerApi]: ServerApi[K] extends (...args: never[]) => unknown ? K : never;
}[keyof ServerApi];

type ServerFunction<K extends ServerFunctionName> = Extract<ServerApi[K], (...args: never[]) => unknown>;

/** `google.script.run` as Apps Script documents it, with one method per server function. */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & { [K in ServerFunctionName]: (...args: Parameters<ServerFunction<K>>) => void };

export interface ScriptHost {
  close(): void;
}

declare const google: { script: { run: ScriptRun; host: ScriptHost } } | undefined;

/** Shown when a page is opened outside a sidebar or dialog the add-on itself opened. */
export const NO_SERVER_MESSAGE = 'This page only works when opened from the Django CoC menu.';

function script(): { run: ScriptRun; host: ScriptHost } | null {
  return typeof google === 'undefined' || google === undefined ? null : google.script;
}

/**
 * Calls server function `name` with `args` and settles with its return value, or rejects with the
 * error the server threw (the failure handler's value, usually an `Error`).
 *
 * @example const options = await callServer('getLogReportOptions');
 */
export function callServer<K extends ServerFunctionName>(
  name: K,
  ...args: Parameters<ServerFunction<K>>
): Promise<ReturnType<ServerFunction<K>>> {
  return new Promise((resolve, reject) => {
    const gas = script();
    if (gas === null) {
      reject(new Error(NO_SERVER_MESSAGE));
      return;
    }
    const runner = gas.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunction<K>>))
      .withFailureHandler(reject);
    (runner[name] as unknown as (...callArgs: unknown[]) => void).apply(runner, args);
  });
}

/** Closes the dialog or sidebar this page is shown in; does nothing outside Apps Script. */
export function closeHost(): void {
  script()?.host.close();
}
