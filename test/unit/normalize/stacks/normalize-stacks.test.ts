import { describe, expect, it } from 'vitest';
import { normalizeStacks } from '../../../../src/normalize/stacks/index.js';

describe('normalizeStacks', () => {
  it.each<[string | string[], string[]]>([
    // aliases → one id
    [['ReactJS', 'React.js', 'react', '리액트', 'React JS', '리엑트'], ['react']],
    [['Spring Boot', 'springboot', '스프링부트', '스프링 부트', 'Spring Boot 2.x'], ['spring-boot']],
    [['Node.js', 'nodejs', 'Node', '노드'], ['nodejs']],
    [['Vue.js', 'Vue 3', 'vue3', '뷰'], ['vue']],
    [['k8s', 'Kubernetes', '쿠버네티스'], ['kubernetes']],
    [['Go', 'golang'], ['go']],
    [['깃헙', '깃허브', 'GitHub'], ['github']],
    [['파이썬', '파이선', 'Python3', 'python 3.11'], ['python']],
    // composites
    ['Java/Spring', ['java', 'spring']],
    ['C/C++', ['c', 'cpp']],
    ['HTML/CSS', ['html', 'css']],
    ['React, TypeScript', ['react', 'typescript']],
    ['AWS(EC2, S3)', ['aws', 'aws-ec2', 'aws-s3']],
    ['React(Next.js)', ['react', 'nextjs']],
    [
      ['TCP/IP', 'CI/CD', 'PL/SQL', 'UI/UX', 'A/B 테스트', 'AI/인공지능'],
      ['tcp-ip', 'cicd', 'plsql', 'ui-ux', 'ab-testing', 'ai'],
    ],
    // versions (whitelist)
    [
      ['HTML5', 'CSS3', 'Java 17', 'Java8', 'Angular2', 'Retrofit2'],
      ['html', 'css', 'java', 'angular', 'retrofit'],
    ],
    [
      ['web3', 's3', 'ec2', 'h2', 'd3', 'neo4j', 'auth0', 'caffe2', 'cocos2d'],
      ['web3', 'aws-s3', 'aws-ec2', 'h2', 'd3', 'neo4j', 'auth0', 'caffe2', 'cocos2d-x'],
    ],
    [
      ['AngularJS', 'Angular'],
      ['angularjs', 'angular'],
    ],
    // vendor prefixes and renames
    [['AWS EC2', 'Amazon EC2', 'EC2'], ['aws-ec2']],
    [['GCP', 'Google Cloud Platform', 'Google Cloud'], ['gcp']],
    [['Kafka', 'Apache Kafka', '카프카'], ['kafka']],
    [['Azure', 'Microsoft Azure', 'AZURE'], ['azure']],
    [['Material-UI', 'MUI'], ['mui']],
    [['React Query', 'TanStack Query'], ['tanstack-query']],
    [['GCM', 'FCM'], ['firebase-fcm']],
    [['AWS Elasticsearch Service', 'Amazon OpenSearch Service'], ['aws-opensearch']],
    [['Azure Container Service', 'AKS'], ['azure-aks']],
    [
      ['Apache', 'Sentry', 'Apache Sentry', 'AWS Shell', 'Shell'],
      ['apache-httpd', 'sentry', 'apache-sentry', 'aws-shell', 'shell'],
    ],
    // siblings stay apart
    [
      ['Spring', 'Spring Boot', 'Spring Data JPA', 'JPA'],
      ['spring', 'spring-boot', 'spring-data-jpa', 'jpa'],
    ],
    [
      ['React', 'React Native'],
      ['react', 'react-native'],
    ],
    [
      ['Kafka', 'Kafka Streams', 'Confluent'],
      ['kafka', 'kafka-streams', 'confluent'],
    ],
    [
      ['Redux', 'React Redux'],
      ['redux', 'react-redux'],
    ],
    [
      ['Vue', 'Vuex', 'Vuetify'],
      ['vue', 'vuex', 'vuetify'],
    ],
    [
      ['TensorFlow', 'TF Lite', 'TF.js'],
      ['tensorflow', 'tensorflow-lite', 'tensorflow-js'],
    ],
    [
      ['Torch', 'PyTorch'],
      ['torch', 'pytorch'],
    ],
    [
      ['.NET', '.NET Core', 'ASP.NET', 'ASP .NET Core', '.NET 6'],
      ['dotnet', 'dotnet-core', 'aspnet', 'aspnet-core'],
    ],
    [
      ['Next.js', 'NestJS'],
      ['nextjs', 'nestjs'],
    ],
    // case and typos: never fuzzy
    [
      ['MySQL', 'MSSQL', 'MySql'],
      ['mysql', 'mssql'],
    ],
    [
      ['Rust', 'Rest'],
      ['rust', 'rest-api'],
    ],
    [
      ['Scala', 'Scalar'],
      ['scala', 'scalar'],
    ],
    [['NoSql', 'NoSQL'], ['nosql']],
    [['msql'], ['msql']],
    // Korean market
    [
      ['전자정부프레임워크', 'eGovFrame', 'MyBatis', 'iBatis', 'Tibero', 'CUBRID', 'Altibase'],
      ['egovframe', 'mybatis', 'ibatis', 'tibero', 'cubrid', 'altibase'],
    ],
    [
      [
        '네이버 클라우드',
        'KT Cloud',
        'NHN Cloud',
        'Kakao i Cloud',
        'JEUS',
        'WebtoB',
        '넥사크로',
        'WebSquare',
        'MiPlatform',
      ],
      ['ncp', 'kt-cloud', 'nhn-cloud', 'kakao-cloud', 'jeus', 'webtob', 'nexacro', 'websquare', 'miplatform'],
    ],
    [
      ['정보처리기사', 'CCNA', 'CISSP'],
      ['engineer-information-processing', 'ccna', 'cissp'],
    ],
    [
      ['빅데이터', 'image processing', 'REST API', 'MSA', 'OOP'],
      ['big-data', 'image-processing', 'rest-api', 'msa', 'oop'],
    ],
    // unknown tags, qualifiers, empties, order
    ['Foo Bar DB', ['foo bar db']],
    [
      ['Java 11 이상', 'Docker 우대'],
      ['java', 'docker'],
    ],
    [
      ['', '  ', 'Python', 'Java', 'python'],
      ['python', 'java'],
    ],
  ])('%j → %j', (input, expected) => {
    expect(normalizeStacks(input)).toEqual(expected);
  });

  it('ignores non-string items instead of throwing', () => {
    expect(normalizeStacks([1, null, 'React'] as unknown as string[])).toEqual(['react']);
    expect(normalizeStacks(undefined as unknown as string)).toEqual([]);
  });

  it('returns the same answer from the cache', () => {
    const first = normalizeStacks('Java/Spring, 리액트');
    expect(normalizeStacks('Java/Spring, 리액트')).toEqual(first);
    expect(first).toEqual(['java', 'spring', 'react']);
  });
});
