import { describe, expect, it } from 'vitest';
import { stackIds, stackInfo, stackParent } from '../../../../src/normalize/stacks/index.js';

describe('stackInfo', () => {
  it.each([
    ['Java', 'java', 'Java', 'language'],
    ['자바', 'java', 'Java', 'language'],
    ['JavaScript', 'javascript', 'JavaScript', 'language'],
    ['C', 'c', 'C', 'language'],
    ['C++', 'cpp', 'C++', 'language'],
    ['C#', 'csharp', 'C#', 'language'],
    ['Go', 'go', 'Go', 'language'],
    ['Django', 'django', 'Django', 'framework'],
    ['스프링 부트', 'spring-boot', 'Spring Boot', 'framework'],
    ['ReactJS', 'react', 'React', 'framework'],
    ['AWS EC2', 'aws-ec2', 'Amazon EC2', 'cloud'],
    ['MySQL', 'mysql', 'MySQL', 'database'],
    ['MSSQL', 'mssql', 'Microsoft SQL Server', 'database'],
    ['REST API', 'rest-api', 'REST API', 'concept'],
    ['정보처리기사', 'engineer-information-processing', '정보처리기사', 'certification'],
    ['Java 17', 'java', 'Java', 'language'],
  ])('%s → %s', (tag, id, name, category) => {
    expect(stackInfo(tag)).toEqual({ id, name, category });
  });

  it.each(['Foo', 'Scalar', 'msql', 'Java/Spring', '', 'Javas', 'Reactt', 'Djang', 'Springg', 'l5'])(
    '%s is unknown (no guessing)',
    (tag) => {
      expect(stackInfo(tag)).toBeUndefined();
    },
  );

  it('keeps look-alikes apart', () => {
    const ids = ['Java', 'JavaScript', 'C', 'C++', 'C#', 'Go', 'Django'].map((t) => stackInfo(t)?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['aws-ec2', 'aws'],
    ['spring-boot', 'spring'],
    ['aspnet-core', 'dotnet-core'],
    ['react', undefined],
  ])('stackParent(%s) → %s', (id, parent) => {
    expect(stackParent(id)).toBe(parent);
  });

  it('stackIds lists every id once, sorted', () => {
    const ids = stackIds();
    expect(ids.length).toBeGreaterThanOrEqual(600);
    expect([...ids].sort()).toEqual([...ids]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
