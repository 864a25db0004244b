import { NO_SERVER_MESSAGE, callServer, closeHost } from '../../src/ui/shared/server';
import type { ReportFormInput } from '../../src/core/apiTypes';

interface Call {
  name: string;
  args: unknown[];
}

/** A stand-in for google.script.run that answers each call with `answer` (throwing = failure). */
function installFakeGoogle(answer: (name: string, args: unknown[]) => unknown): { calls: Call[]; closed: () => number } {
  const calls: Call[] = [];
  let closes = 0;
  const runner = (onSuccess: (value: unknown) => void, onFailure: (error: unknown) => void): unknown =>
    new Proxy({}, {
      get(_target, property: string) {
        if (property === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler, onFailure);
        if (property === 'withFailureHandler') return (handler: (error: unknown) => void) => runner(onSuccess, handler);
        return (...args: unknown[]) => {
          calls.push({ name: property, args });
          queueMicrotask(() => {
            try {
              onSuccess(answer(property, args));
            } catch (error) {
              onFailure(error);
            }
          });
        };
      },
    });
  (globalThis as Record<string, unknown>).google = {
    script: { run: runner(() => undefined, () => undefined), host: { close: () => { closes += 1; } } },
  };
  return { calls, closed: () => closes };
}

const FORM: ReportFormInput = {
  dateOfReport: '2024-05-02',
  kind: 'needs-decision',
  people: [{ personCodeName: 'Blue Jay' }],
  safetyRisk: 'No',
  ongoingHarassment: 'No',
  status: 'Ongoing',
  summary: 'Fictional summary.',
};

afterEach(() => {
  delete (globalThis as Record<string, unknown>).google;
});

describe('callServer', () => {
  it('calls the named server function with its arguments and resolves with its result', async () => {
    const fake = installFakeGoogle(() => ({ caseCodeName: 'home shelf' }));
    await expect(callServer('logReport', FORM)).resolves.toEqual({ caseCodeName: 'home shelf' });
    expect(fake.calls).toEqual([{ name: 'logReport', args: [FORM] }]);
  });

  it('passes several arguments in order', async () => {
    const fake = installFakeGoogle(() => null);
    await callServer('onboardMember', 'new.member@example.org', { role: 'Member', conflicts: ['home shelf'] });
    expect(fake.calls[0].args).toEqual(['new.member@example.org', { role: 'Member', conflicts: ['home shelf'] }]);
  });

  it('rejects with the error the server threw', async () => {
    installFakeGoogle(() => {
      throw new Error('Please correct: Status: Choose a status.');
    });
    await expect(callServer('validateRecords')).rejects.toThrow('Please correct: Status: Choose a status.');
  });

  it('rejects with a plain sentence when the page is not inside Apps Script', async () => {
    await expect(callServer('getLogReportOptions')).rejects.toThrow(NO_SERVER_MESSAGE);
  });
});

describe('closeHost', () => {
  it('closes the dialog through google.script.host', () => {
    const fake = installFakeGoogle(() => null);
    closeHost();
    expect(fake.closed()).toBe(1);
  });

  it('does nothing outside Apps Script', () => {
    expect(() => closeHost()).not.toThrow();
  });
});
