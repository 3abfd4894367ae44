import { describe, expect, it } from 'vitest';
import { checkJava, javaMajor } from '../../../dev/checkJava';

describe('javaMajor', () => {
  it('reads modern and pre-9 version strings', () => {
    expect(javaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajor('java version "1.8.0_292"')).toBe(8);
    expect(javaMajor('no version here')).toBeUndefined();
  });
});

describe('checkJava', () => {
  it('accepts Java 17 from stderr, where java -version writes', () => {
    expect(checkJava(() => ({ stdout: '', stderr: 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment' }))).toEqual({ ok: true, major: 17 });
  });

  it('refuses Java 8 with zh and en advice naming the install command', () => {
    const result = checkJava(() => ({ stdout: '', stderr: 'java version "1.8.0_292"' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message_zh).toContain('版本过低（当前 8）');
    expect(result.message_en).toContain('too old (found 8)');
    expect(result.message_zh).toContain('openjdk-17-jre-headless');
  });

  it('explains a missing java', () => {
    const result = checkJava(() => ({ error: Object.assign(new Error('spawnSync java ENOENT'), { code: 'ENOENT' }), stdout: '', stderr: '' }));
    expect(result).toMatchObject({ ok: false, message_zh: expect.stringContaining('未找到 Java'), message_en: expect.stringContaining('Java was not found') });
  });

  it('finds the Java on this machine (DynamoDB Local runs in the integration tests)', () => {
    expect(checkJava()).toMatchObject({ ok: true });
  });
});
