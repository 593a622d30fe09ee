import { describe, expect, it } from 'vitest';
import { extractStacks, normalizeStacks, stackIds } from '../../../src/normalize/stacks/index.js';

// Stack names as Korean job sites and their crawls write them (Saramin keywords, Jumpit and Wanted stack
// tags): Korean product forms, enterprise and data tools, protocols and sensors. Each must reach the one
// technology it names.
const REAL_NAMES: readonly (readonly [string, string])[] = [
  // Korean product forms
  ['SQL 서버', 'mssql'],
  ['MS-SQL 서버', 'mssql'],
  ['Windows 서버', 'windows-server'],
  ['윈도우즈 서버', 'windows-server'],
  ['리눅스 서버', 'linux'],
  ['Unix 서버', 'unix'],
  ['Apache 서버', 'apache-httpd'],
  ['톰캣 서버', 'tomcat'],
  ['Nginx 서버', 'nginx'],
  ['JEUS 서버', 'jeus'],
  ['DB 서버', 'database-concept'],
  ['오라클 11g', 'oracle-db'],
  ['Oracle 12c', 'oracle-db'],
  ['웹서버', 'web-server'],
  ['WAS', 'was'],
  ['웹 애플리케이션 서버', 'was'],
  ['메일 서버', 'smtp'],
  ['전자정부 프레임웍', 'egovframe'],
  ['Spring 프레임워크', 'spring'],
  ['이미지프로세싱', 'image-processing'],
  ['자연어이해', 'nlp'],
  ['데이터마이닝', 'data-mining'],
  ['신경망', 'neural-network'],
  ['방화벽', 'firewall'],
  ['챗봇', 'chatbot'],
  // Korean products
  ['그누보드', 'gnuboard'],
  ['영카트', 'youngcart'],
  ['더존', 'douzone'],
  ['영림원', 'youngrimwon'],
  ['한컴오피스', 'hancom-office'],
  ['IBSheet', 'ibsheet'],
  ['RealGrid', 'realgrid'],
  ['OZ리포트', 'ozreport'],
  ['알림톡', 'kakao-alimtalk'],
  ['KG이니시스', 'inicis'],
  ['클로바 OCR', 'naver-clova'],
  ['하이퍼클로바X', 'hyperclova-x'],
  ['와탭', 'whatap'],
  ['파워빌더', 'powerbuilder'],
  // enterprise, data and BI
  ['AJAX', 'ajax'],
  ['SSIS', 'ssis'],
  ['SSRS', 'ssrs'],
  ['OLAP', 'olap'],
  ['Spotfire', 'spotfire'],
  ['Salesforce', 'salesforce'],
  ['QlikView', 'qlik'],
  ['MicroStrategy', 'microstrategy'],
  ['Informatica', 'informatica'],
  ['Adobe Analytics', 'adobe-analytics'],
  ['Oracle RAC', 'oracle-rac'],
  ['GoldenGate', 'oracle-goldengate'],
  ['WebLogic', 'weblogic'],
  ['Cloudera', 'cloudera'],
  ['Splunk', 'splunk'],
  ['Zabbix', 'zabbix'],
  // sensors, protocols, hardware
  ['LiDAR', 'lidar'],
  ['GPS', 'gnss'],
  ['Point Cloud', 'point-cloud'],
  ['OPC UA', 'opc-ua'],
  ['EtherCAT', 'ethercat'],
  ['RFID', 'rfid'],
  ['MCU', 'mcu'],
  ['SSL/TLS', 'tls'],
  ['BGP', 'bgp'],
  // vendors and products
  ['Cisco', 'cisco'],
  ['FortiGate', 'fortinet'],
  ['F5', 'f5-big-ip'],
  ['SharePoint', 'sharepoint'],
  ['Axure', 'axure'],
  ['Amazon Kinesis Firehose', 'aws-kinesis'],
  // composite and slashed tags
  ['AS/400', 'ibm-i'],
  ['L4-L7 스위치', 'load-balancing'],
  ['JPA(Java Persistent API)', 'jpa'],
  ['NLU(자연어이해)', 'nlp'],
];

// Job duties, roles and soft skills that Korean sites put in the same keyword lists. They are not
// technologies, so no dictionary entry may claim them.
const NOT_STACKS: readonly string[] = [
  '웹기획',
  '데이터분석가',
  '데이터엔지니어',
  '데이터 사이언티스트',
  '유지보수',
  '기술지원',
  '솔루션',
  '서비스기획',
  '게임기획',
  '퍼블리셔',
  '연구원',
  '개발PM',
  'IT컨설팅',
  '기술영업',
  '마케팅',
  '사무보조',
  '데이터라벨링',
  '시스템관리',
  'SI개발',
  'IT강사',
  '보안관제',
  '알고리즘개발',
  '경영지원',
  '기획',
  '코딩',
  '커뮤니케이션',
  '협업',
  '리더십',
  '문제해결',
  '책임감',
  '꼼꼼함',
  'Communication',
  'Teamwork',
  'Leadership',
  'Problem Solving',
  'Consulting',
];

const KNOWN = new Set<string>(stackIds());

describe('stack dictionary coverage of real Korean stack names', () => {
  it.each(REAL_NAMES)('%s → %s', (name, id) => {
    expect(normalizeStacks(name)).toEqual([id]);
  });

  it('reads them in free text too', () => {
    expect(
      extractStacks(
        'SSIS와 OLAP 기반 DW 구축, Spotfire 대시보드, LiDAR 포인트 클라우드 처리, 그누보드와 영카트, 더존 ERP 연동',
      ),
    ).toEqual(['ssis', 'olap', 'spotfire', 'lidar', 'point-cloud', 'gnuboard', 'youngcart', 'douzone']);
  });

  it('knows every expected id', () => {
    const missing = REAL_NAMES.filter(([, id]) => !KNOWN.has(id));
    expect(missing).toEqual([]);
  });
});

describe('job duties and soft skills are not stacks', () => {
  it.each(NOT_STACKS)('%s maps to no dictionary id', (word) => {
    expect(normalizeStacks(word).filter((id) => KNOWN.has(id))).toEqual([]);
  });

  it('finds nothing in a sentence made of duties and soft skills', () => {
    expect(extractStacks(`${NOT_STACKS.join(', ')} 경험 우대`)).toEqual([]);
  });
});
