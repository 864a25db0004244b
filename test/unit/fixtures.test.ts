import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const COPY = join(__dirname, '../fixtures/django-published-statistics.csv');
const ORIGINAL = join(__dirname, '../../../shared/data/django-published-statistics.csv');

describe('the published statistics fixture', () => {
  it('matches the shared original when the shared folder is beside the repository', () => {
    const copy = readFileSync(COPY, 'utf8');
    expect(copy.split('\n')[0]).toBe('Year,Reports,People Named,Actions (DSF),Actions (Local),People Banned or Flagged,No Action');
    if (existsSync(ORIGINAL)) expect(copy).toBe(readFileSync(ORIGINAL, 'utf8'));
  });
});
