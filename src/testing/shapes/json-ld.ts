import { careerText, fullSido, postalCode, schemaEmploymentType } from '../_shape-parts.js';
import type { SyntheticPosting } from '../generate-postings.js';

// schema.org JobPosting (https://schema.org/JobPosting) as sites embed it: Programmers' detail API
// (`settings.google.jobPosition`), JobKorea's GI_Read page and company career pages.

/** Options of {@link jobPostingJsonLd}. */
export interface JobPostingJsonLdOptions {
  /** The posting's public URL (`url` and the identifier's page). */
  url: string;
  /**
   * How `validThrough` is written: ISO 8601 with offset, or JobKorea's 'YYYY.MM.DD'.
   * @default 'iso'
   */
  dateStyle?: 'iso' | 'dotted';
  /**
   * The `employmentType` vocabulary: schema.org's (FULL_TIME, INTERN…) or JobKorea's (PERMANENT,
   * CONTRACT, INTERN…).
   * @default 'schema'
   */
  employmentStyle?: 'schema' | 'jobkorea';
}

function jobKoreaEmployment(posting: SyntheticPosting): string {
  const text = posting.employmentType;
  if (text.startsWith('인턴')) return 'INTERN';
  if (text.startsWith('계약')) return 'CONTRACT';
  if (text.startsWith('프리랜서')) return 'FREELANCE';
  return 'PERMANENT';
}

/**
 * Returns the posting as a schema.org `JobPosting` object (the value of a JSON-LD script).
 *
 * @example jobPostingJsonLd(posting, { url: 'https://careers.example.test/jobs/1' })['@type'] // 'JobPosting'
 */
export function jobPostingJsonLd(posting: SyntheticPosting, options: JobPostingJsonLdOptions) {
  const validThrough =
    posting.closesAt === null
      ? undefined
      : options.dateStyle === 'dotted'
        ? posting.closesAt.replaceAll('-', '.')
        : `${posting.closesAt}T23:59:59+09:00`;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: posting.title,
    url: options.url,
    identifier: { '@type': 'PropertyValue', name: posting.company, value: String(posting.id) },
    description: [posting.intro, posting.mainTasks, posting.requirements, posting.preferred].join('\n\n'),
    datePosted: `${posting.postedAt}T09:00:00+09:00`,
    ...(validThrough === undefined ? {} : { validThrough }),
    employmentType:
      options.employmentStyle === 'jobkorea' ? jobKoreaEmployment(posting) : schemaEmploymentType(posting),
    hiringOrganization: {
      '@type': 'Organization',
      name: posting.company,
      sameAs: `https://company.example.test/${posting.companyId}`,
      logo: `https://cdn.example.test/logo/${posting.companyId}.png`,
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: `${posting.road} ${posting.buildingNo} ${posting.building} ${posting.floor}층`,
        addressLocality: `${fullSido(posting.sido)} ${posting.sigungu}`,
        addressRegion: fullSido(posting.sido),
        postalCode: postalCode(posting),
        addressCountry: 'KR',
      },
    },
    experienceRequirements: careerText(posting),
    educationRequirements: posting.education,
    skills: posting.stacks.join(', '),
    occupationalCategory: posting.category,
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'KRW',
      value: { '@type': 'QuantitativeValue', description: posting.salary },
    },
    industry: 'IT',
  };
}
