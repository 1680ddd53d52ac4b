import { describe, expect, it } from 'vitest';
import { describeError, isQuotaError } from '../../../components/options/errors';
import { fileSlug } from '../../../components/options/download';
import { formatBytes } from '../../../components/options/StorageUsage';

const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });

describe('describeError', () => {
  it.each([
    ['a quota error', quota, true, /disk is full.*delete old articles/],
    ['Dexie-wrapped quota error', wrapped, true, /disk is full/],
    ['another error', new Error('boom'), false, /^The import failed: boom$/],
    ['a string', 'oops', false, /^The import failed: oops$/],
  ])('%s', (_name, err, isQuota, message) => {
    expect(isQuotaError(err)).toBe(isQuota);
    expect(describeError(err, 'The import')).toMatch(message);
  });
});

describe('file names and sizes', () => {
  it.each([
    ['The Herald: “Bridge” 2026!', 'the-herald-bridge-2026'],
    ['<script>', 'script'],
    ['', 'library'],
  ])('fileSlug(%j)', (input, expected) => {
    expect(fileSlug(input)).toBe(expected);
  });
  it.each([
    [512, '512 bytes'],
    [2048, '2.0 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('formatBytes(%d)', (n, expected) => {
    expect(formatBytes(n)).toBe(expected);
  });
});
