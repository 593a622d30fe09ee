import { describe, expect, it } from 'vitest';
import { splitStackTags } from '../../../../src/normalize/stacks/index.js';

describe('splitStackTags', () => {
  it.each<[string | string[], string[]]>([
    ['Java/Spring', ['Java', 'Spring']],
    ['C/C++', ['C', 'C++']],
    ['HTML/CSS', ['HTML', 'CSS']],
    ['React, TypeScript', ['React', 'TypeScript']],
    ['Java·Kotlin', ['Java', 'Kotlin']],
    ['Kafka | Redis', ['Kafka', 'Redis']],
    ['MySQL 및 Redis', ['MySQL', 'Redis']],
    ['Docker 등', ['Docker']],
    ['AWS(EC2, S3)', ['AWS', 'EC2', 'S3']],
    ['React(Next.js)', ['React', 'Next.js']],
    ['자바(Java)', ['자바', 'Java']],
    ['Python (3.x)', ['Python']],
    ['TCP/IP', ['TCP/IP']],
    ['CI/CD', ['CI/CD']],
    ['PL/SQL', ['PL/SQL']],
    ['Oracle PL/SQL', ['Oracle PL/SQL']],
    ['UI/UX', ['UI/UX']],
    ['A/B 테스트', ['A/B 테스트']],
    ['AI/인공지능', ['AI/인공지능']],
    ['Java/TCP/IP', ['Java', 'TCP/IP']],
    ['CI/CD/Docker', ['CI/CD', 'Docker']],
    ['Node.js', ['Node.js']],
    ['Spring Boot 2.x', ['Spring Boot 2.x']],
    [
      ['C/C++', ' ', 'Go'],
      ['C', 'C++', 'Go'],
    ],
    ['', []],
    ['  ,  / ', []],
  ])('%j → %j', (input, expected) => {
    expect(splitStackTags(input)).toEqual(expected);
  });

  it('does not split 등 or 및 inside a word', () => {
    expect(splitStackTags('등록 시스템')).toEqual(['등록 시스템']);
  });
});
