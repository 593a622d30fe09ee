import type { SiteName } from './types.js';

// A redesign (faults.changedMarkup): the HTML sites rename the classes and component names their
// parsers select on and stop embedding JSON-LD, so every selector of the old markup misses.
const RENAMES: Partial<Record<SiteName, readonly (readonly [RegExp, string])[]>> = {
  saramin: [
    [/\bitem_recruit\b/g, 'list_item'],
    [/\bjob_tit\b/g, 'notice_title'],
    [/\bcorp_name\b/g, 'company_nm'],
    [/\bjob_condition\b/g, 'recruit_conditions'],
    [/\bjob_date\b/g, 'deadlines'],
    [/\bjob_sector\b/g, 'job_keywords'],
    [/\bwrap_jv_header\b/g, 'jview_head'],
    [/\btit_job\b/g, 'jview_title'],
    [/\bjv_(summary|location|howto|detail|benefit|company)\b/g, 'jview_section-$1'],
    [/\bjv_cont\b/g, 'jview_block'],
    [/\binfo_period\b/g, 'apply_period'],
  ],
  jobkorea: [
    [/data-sentry-component="([A-Za-z]+)"/g, 'data-component="v2-$1"'],
    [/emoji--basicemoji-/g, 'ico-'],
  ],
  careers: [[/'application\/ld\+json'/g, "'application/json'"]],
};

// Every redesigned page also loses its JSON-LD (moved into client state), which HTML parsers read first.
const JSON_LD = /<script type="application\/ld\+json">[\s\S]*?<\/script>/g;

/**
 * Returns `html` as the redesigned `site` would serve it.
 *
 * @example redesignMarkup('saramin', '<div class="item_recruit">') // '<div class="list_item">'
 */
export function redesignMarkup(site: SiteName, html: string): string {
  let out = html.replace(JSON_LD, '');
  for (const [pattern, replacement] of RENAMES[site] ?? []) out = out.replace(pattern, replacement);
  return out;
}

/** Returns `html` redesigned when the context says the site's markup changed, else unchanged. */
export function markup(
  context: { redesigned(site: SiteName): boolean },
  site: SiteName,
  html: string,
): string {
  return context.redesigned(site) ? redesignMarkup(site, html) : html;
}
