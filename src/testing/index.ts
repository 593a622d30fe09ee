// The public surface of `ohmystack/testing`: the site replica (a real HTTP server in the sites' real
// shapes), the hostile server that misbehaves on demand, the synthetic job market behind the replica,
// the pure shape functions for fixtures, and the offline demo that runs the whole pipeline against the
// replica. The root `ohmystack` never loads this folder.

export { createAthenaReplica } from './athena/server.js';
export type { AthenaReplica, AthenaReplicaAction, AthenaReplicaOptions } from './athena/types.js';
export type { DemoCount, DemoOptions, DemoResult } from './demo.js';
export { REPLICA_HTTP, replicaSources, runDemo } from './demo.js';
export type { GeneratePostingsOptions, SyntheticPosting } from './generate-postings.js';
export { generatePostings } from './generate-postings.js';
export { createHostileServer } from './hostile/server.js';
export type {
  HostileBehaviour,
  HostileBehaviourLike,
  HostileBehaviourName,
  HostileEchoStatus,
  HostileEntries,
  HostileFormat,
  HostileRequest,
  HostileResponseRecord,
  HostileRouteStats,
  HostileServer,
  HostileServerOptions,
  HostileStats,
} from './hostile/types.js';
export { createKakaoReplica } from './kakao/server.js';
export type {
  KakaoFaultMode,
  KakaoReplica,
  KakaoReplicaEndpoint,
  KakaoReplicaFaults,
  KakaoReplicaOptions,
} from './kakao/types.js';
export { createKakaoMobilityReplica } from './kakao-mobility/server.js';
export type {
  KakaoMobilityFaultMode,
  KakaoMobilityReplica,
  KakaoMobilityReplicaEndpoint,
  KakaoMobilityReplicaFaults,
  KakaoMobilityReplicaOptions,
} from './kakao-mobility/types.js';
export { createOdsayReplica } from './odsay/server.js';
export type {
  OdsayFaultMode,
  OdsayReplica,
  OdsayReplicaFaults,
  OdsayReplicaOptions,
} from './odsay/types.js';
export { createSiteReplica } from './replica/server.js';
export type {
  FaultKind,
  MutationResult,
  ReplicaFaults,
  ReplicaMutation,
  ReplicaStats,
  SiteName,
  SiteReplica,
  SiteReplicaOptions,
} from './replica/types.js';
export { SITE_NAMES } from './replica/types.js';
export type { SitemapEntry } from './shapes/careers.js';
export { careersAppPage, careersJobPage, careersSitemap } from './shapes/careers.js';
export { jobkoreaDetailPage, jobkoreaSearchCard, jobkoreaSearchPage } from './shapes/jobkorea.js';
export type { JobPostingJsonLdOptions } from './shapes/json-ld.js';
export { jobPostingJsonLd } from './shapes/json-ld.js';
export {
  JUMPIT_CATEGORY_IDS,
  jumpitCategoryId,
  jumpitDetailResult,
  jumpitListItem,
} from './shapes/jumpit.js';
export {
  PROGRAMMERS_CATEGORY_IDS,
  programmersCategoryId,
  programmersDetail,
  programmersListItem,
} from './shapes/programmers.js';
export { saraminApiJob } from './shapes/saramin-api.js';
export { saraminSearchCard, saraminSearchPage, saraminViewAjax } from './shapes/saramin-html.js';
export {
  WANTED_CATEGORY_IDS,
  wantedCategoryDictionary,
  wantedCategoryId,
  wantedNavigationItem,
  wantedSkillDictionary,
  wantedSkillId,
  wantedV4ListItem,
} from './shapes/wanted.js';
export {
  WANTED_NOT_FOUND_BODY,
  wantedChaosDetail,
  wantedChaosJob,
  wantedV4Detail,
  wantedV4Job,
} from './shapes/wanted-detail.js';
