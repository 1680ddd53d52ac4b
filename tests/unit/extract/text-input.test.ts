import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/extract/index.ts';

describe('articleFromText', () => {
  it('uses the first non-empty line as title and the rest as paragraphs', () => {
    const text = '\n\nBridge to close to lorries\nThe council voted on Tuesday to close the bridge.\r\n\r\nEngineers found corrosion in the supports.\nAdvertisement\n';
    const result = articleFromText(text, 'corpus/riverside-gazette.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Bridge to close to lorries');
    expect(result.article.paragraphs).toEqual(['The council voted on Tuesday to close the bridge.', 'Engineers found corrosion in the supports.']);
    expect(result.article.text).toBe('The council voted on Tuesday to close the bridge.\n\nEngineers found corrosion in the supports.');
    expect(result.article.outlet).toEqual({ domain: null, name: 'riverside-gazette' });
    expect(result.article.url).toBeNull();
  });

  it.each([
    ['empty string', '', 'empty'],
    ['only whitespace', ' \n\t\n ', 'empty'],
    ['title only', 'Just a headline\n', 'empty'],
    ['NUL bytes', 'Title\nbody\u0000\u0000text', 'unreadable'],
    ['mostly control characters', 'T\n' + '\u0001\u0002\u0003\u0004\u0005abc'.repeat(200), 'unreadable'],
  ])('%s → %s', (_name, text, reason) => {
    const result = articleFromText(text, 'x.txt');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
  });

  it.each([
    ['Arabic', 'عنوان الخبر\nصوّت المجلس على إغلاق الجسر أمام الشاحنات.', 'صوّت المجلس على إغلاق الجسر أمام الشاحنات.'],
    ['Chinese', '新闻标题\n河滨镇议会投票决定关闭旧大桥。', '河滨镇议会投票决定关闭旧大桥。'],
  ])('keeps %s text', (_name, text, body) => {
    const result = articleFromText(text, 'a.txt');
    expect(result.ok && result.article.paragraphs).toEqual([body]);
  });

  it('keeps the extension-less name for files without an extension', () => {
    const result = articleFromText('Title\nThe council met on Tuesday.', 'notes/README');
    expect(result.ok && result.article.outlet.name).toBe('README');
  });
});
