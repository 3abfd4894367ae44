import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig, parseConfig } from '../../../addin/config';
import { en } from '../../../addin/i18n/en';
import { both, t } from '../../../addin/i18n/i18n';
import { zh } from '../../../addin/i18n/zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n tables', () => {
  it('has an English message for every Chinese key and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('uses the same placeholders in both languages, and no message is empty', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('writes Chinese in the zh table (the default) except for the switch label', () => {
    const notChinese = Object.entries(zh).filter(([, text]) => !/[\u4e00-\u9fff]/.test(text)).map(([key]) => key);
    expect(notChinese).toEqual(['lang.switch']);
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('zh', 'notice.saved', { version: 3 })).toBe('草稿已保存（版本 3）');
    expect(t('en', 'notice.saved', { version: 3 })).toBe('Draft saved (version 3)');
    expect(t('en', 'notice.saved')).toBe('Draft saved (version {version})');
    expect(both('problems.cell', { cell: 'D12' })).toEqual({ zh: '单元格 D12', en: 'Cell D12' });
  });
});

describe('pane config', () => {
  it('reads config.json and falls back to the local defaults on anything malformed', async () => {
    expect(parseConfig({ apiBaseUrl: 'https://api.example.cn/', issuerUrl: 'https://login.example/x', authMode: 'entra' })).toMatchObject({
      apiBaseUrl: 'https://api.example.cn', issuerUrl: 'https://login.example/x', authMode: 'entra',
    });
    expect(parseConfig({ apiBaseUrl: 'javascript:alert(1)', authMode: 'other' })).toEqual(defaultConfig);
    expect(await loadConfig(async () => new Response('nope', { status: 404 }))).toEqual(defaultConfig);
    expect(await loadConfig(async () => { throw new TypeError('offline'); })).toEqual(defaultConfig);
  });
});
