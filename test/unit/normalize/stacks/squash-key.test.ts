import { describe, expect, it } from 'vitest';
import { squashKey } from '../../../../src/normalize/stacks/index.js';

describe('squashKey', () => {
  it.each([
    ['React.js', 'reactjs'],
    ['ReactJS', 'reactjs'],
    ['react js', 'reactjs'],
    ['React-JS', 'reactjs'],
    ['react_js', 'reactjs'],
    ['Spring Boot', 'springboot'],
    ['C', 'c'],
    ['C++', 'cplusplus'],
    ['C#', 'csharp'],
    ['F#', 'fsharp'],
    ['.NET', 'dotnet'],
    ['.NET Core', 'dotnetcore'],
    ['ASP.NET Core', 'aspnetcore'],
    ['ASP .NET Core', 'aspnetcore'],
    ['Ｊａｖａ', 'java'],
    ['스프링 부트', '스프링부트'],
    ['TCP/IP', 'tcp/ip'],
    ['  Node.JS\u200B ', 'nodejs'],
  ])('%s → %s', (input, key) => {
    expect(squashKey(input)).toBe(key);
  });

  it.each([
    ['c', 'csharp'],
    ['c', 'cplusplus'],
    ['csharp', 'cplusplus'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(a).not.toBe(b);
    expect(squashKey(a === 'c' ? 'C' : a === 'csharp' ? 'C#' : 'C++')).toBe(a);
  });

  it.each(['web3', 's3', 'ec2', 'k8s', 'h2', 'd3', 'cocos2d', 'neo4j', 'auth0', 'oauth2', 'caffe2', 'l7'])(
    'does not strip digits from %s',
    (tag) => {
      expect(squashKey(tag)).toBe(tag);
    },
  );
});
