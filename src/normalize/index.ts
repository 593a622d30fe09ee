// Public surface of ohmystack/normalize: pure functions from the sites' vocabulary to canonical values.
// Internal modules (`_`-prefixed) are never re-exported.

export { careerLabel, normalizeCareer, normalizeCareerRange } from './career.js';
export { normalizeCompanyName } from './company.js';
export type { NormalizeDeadlineOptions } from './deadline.js';
export { normalizeDeadline } from './deadline.js';
export { normalizeEducation } from './education.js';
export { employmentLabel, normalizeEmploymentType } from './employment.js';
export { detectMilitaryService } from './military.js';
export type { JobFamilyId, JobFamilyInfo } from './position.js';
export { JOB_FAMILIES, jobFamilyInfo, normalizePosition } from './position.js';
export type { NormalizePostingOptions } from './posting.js';
export { normalizePosting } from './posting.js';
export { normalizeSalary } from './salary.js';
export type { StackId, StackInfo } from './stacks/index.js';
export { extractStacks, normalizeStacks, stackIds, stackInfo, stackParent } from './stacks/index.js';
export { cleanDescription, htmlToText } from './text.js';
