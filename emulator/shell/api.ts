import type { RunReplay, RunResponse } from '../runner';
import type { Selection } from '../run/runContext';
import type { UserView } from '../workspace/userView';

/** The emulator's HTTP interface (spec section 11), as the page calls it. */

export async function callApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(payload.error ?? `${method} ${path} answered ${response.status}`);
  return payload;
}

export interface RunCall {
  function: string;
  args: unknown[];
  user: string;
  selection?: Selection;
  answers: string[];
  /** What the run that stopped for the last answer drew, so the next run is the same execution. */
  replay?: RunReplay;
}

export function postRun(call: RunCall): Promise<RunResponse> {
  return callApi<RunResponse>('POST', '/api/run', { ...call, interactive: true });
}

export function postEdit(edit: { sheet: string; a1: string; value: string; user: string }): Promise<RunResponse> {
  return callApi<RunResponse>('POST', '/api/edit', edit);
}

/** The workspace as `user` would see it in Google: only the files they can open. */
export function getView(user: string): Promise<UserView> {
  return callApi<UserView>('GET', `/api/view?user=${encodeURIComponent(user)}`);
}

export function postReset(demo: boolean): Promise<unknown> {
  return callApi('POST', '/api/reset', { demo });
}
