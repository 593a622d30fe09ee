import { describe, expect, it } from 'vitest';
import { extractStacks } from '../../../../src/normalize/stacks/index.js';

describe('extractStacks', () => {
  it.each([
    // leftmost-longest
    ['Spring Boot 기반 개발', ['spring-boot']],
    ['React Native 앱', ['react-native']],
    ['자바스크립트 개발자', ['javascript']],
    ['spring-boot, springboot', ['spring-boot']],
    // Korean particles
    ['React를 사용합니다', ['react']],
    ['자바와 코틀린', ['java', 'kotlin']],
    ['파이썬 경험', ['python']],
    ['스프링으로 개발', ['spring']],
    ['리액트를 이용한 개발', ['react']],
    ['쿠버네티스에서 운영', ['kubernetes']],
    // never inside a longer word
    ['JavaScript only', ['javascript']],
    ['MongoDB, mongoose', ['mongodb', 'mongoose']],
    ['깃발을 든다', []],
    ['자바스 커피', []],
    // punctuation-bearing names
    ['C++ 개발 경험', ['cpp']],
    ['C++개발', ['cpp']],
    ['C# 경험', ['csharp']],
    ['ASP .NET Core 경험', ['aspnet-core']],
    ['.NET 6 마이그레이션', ['dotnet']],
    ['Node.js 서버', ['nodejs']],
    ['VB.NET 유지보수', ['vbnet']],
    // versions
    ['Python3, java8, HTML5, Vue3', ['python', 'java', 'html', 'vue']],
    ['Java 17 이상', ['java']],
    // ambiguous names need context
    ['Go 언어 개발자', ['go']],
    ['C 언어 가능자', ['c']],
    ['R programming', ['r']],
    ['Python, Go, Rust 경험', ['python', 'go', 'rust']],
    ['Kotlin, Swift 앱 개발', ['kotlin', 'swift']],
    ['Let us go to the market', []],
    ['R&D 센터 근무', []],
    ['go-to market 전략', []],
    ['Objective-C 유지보수', ['objective-c']],
    ['Rust never sleeps', []],
    ['We use Spark daily', []],
    ['Apache Spark와 Hadoop', ['spark', 'hadoop']],
    ['Unity 클라이언트', []],
    ['유니티 클라이언트', ['unity']],
    // tag-only words
    ['노드와 뷰를 다룹니다', []],
    ['다양한 소프트웨어 프론트엔드 보안 업무', []],
    // vendors and mixed text
    ['AWS EC2와 GCP, k8s 운영 경험', ['aws-ec2', 'gcp', 'kubernetes']],
    ['전자정부프레임워크 기반 SI, Tibero, JEUS/WebtoB', ['egovframe', 'tibero', 'jeus', 'webtob']],
    ['TCP/IP 소켓 통신, CI/CD 구축', ['tcp-ip', 'socket-programming', 'cicd']],
    ['MySQL과 MSSQL', ['mysql', 'mssql']],
    ['', []],
  ])('%s → %j', (text, expected) => {
    expect(extractStacks(text)).toEqual(expected);
  });

  it('keeps first-seen order without duplicates', () => {
    expect(extractStacks('Docker, React, 도커, 리액트, Kubernetes')).toEqual([
      'docker',
      'react',
      'kubernetes',
    ]);
  });

  it('finds names across a long description', () => {
    const filler = '일반적인 설명 문장입니다. '.repeat(5000);
    expect(extractStacks(`${filler}Kafka${filler}레디스를 사용`)).toEqual(['kafka', 'redis']);
  });
});
