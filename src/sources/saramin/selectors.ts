// Every CSS selector the Saramin HTML parsers use, in one place, so a redesign touches only this file
// (search cards `div.item_recruit`; job-category list cards `.box_item`; the `view-ajax` detail blocks
// `.jv_*`).

/** Selectors of the Saramin search page, the job-category list and the `view-ajax` detail. */
export const SARAMIN_SELECTORS = {
  search: {
    /** One card; its `value` attribute is the rec_idx. */
    card: 'div.item_recruit',
    title: '.job_tit a',
    company: '.corp_name a',
    deadline: '.job_date .date',
    condition: '.job_condition > span',
    sector: '.job_sector a',
    day: '.job_day',
  },
  /**
   * The `/zf_user/jobs/list/job-category` list: `.list_item` rows (id 'rec-…') whose `.box_item` holds
   * the company, the title, one labelled element per condition and the deadline. A `.box_item` inside
   * a search card is that card's, not another one.
   */
  category: {
    card: '.box_item:has(.job_tit a):not(.item_recruit *)',
    row: '.list_item',
    title: '.job_tit a',
    company: '.company_nm a',
    place: '.work_place',
    career: '.career',
    education: '.education',
    /** The deadline and the registration note ('~ 12/15(월)', '3일 전 등록'), told apart by wording. */
    dates: '.deadlines, .support_detail .date',
    sector: '.job_sector span, .job_sector a',
  },
  detail: {
    header: '.wrap_jv_header',
    company: '.wrap_jv_header .company',
    title: 'h1.tit_job',
    summaryTerm: '.jv_cont.jv_summary dt',
    location: '.jv_cont.jv_location',
    periodTerm: '.jv_cont.jv_howto .info_period dt',
    /** Blocks kept as sections, by the name they get in the record. */
    sections: {
      detail: '.jv_cont.jv_detail',
      benefit: '.jv_cont.jv_benefit',
      company: '.jv_cont.jv_company',
    },
    /** Block headings, tooltips and buttons: page chrome, not content. */
    chrome: 'h2.jv_title, .jv_title, button, .toolTipWrap, .tooltip, .blind, script, style',
    recIdxInput: 'input[name="rec_idx"]',
  },
} as const;

/** A rec_idx inside a link or script of the page, e.g. '/zf_user/jobs/relay/view-detail?rec_idx=41232704'. */
export const SARAMIN_REC_IDX = /[?&]rec_idx=(\d+)/;
