import { describe, expect, it } from 'vitest';
import { compact } from '../../../src/sources/_compact.js';

describe('compact', () => {
  it('drops undefined values only', () => {
    expect(compact({ title: '백엔드 개발자', deadline: undefined, salary: null })).toEqual({
      title: '백엔드 개발자',
      salary: null,
    });
  });
});
