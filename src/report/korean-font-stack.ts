// One font stack for every page ohmystack draws (the report's CSS and its Chart.js canvases, the map,
// the explorer): each platform's Korean system font comes before the generic families, because a
// generic family may resolve to a font without Hangul (every syllable a box), while a browser skips a
// named font that is not installed and tries the next one.

/**
 * The CSS `font-family` value for Korean text: macOS/iOS (Apple SD Gothic Neo), Windows (Malgun Gothic,
 * also under its Korean name), Android and Linux (Noto Sans KR, or Noto Sans CJK KR as Debian's
 * fonts-noto-cjk names it), Nanum Gothic (common on Linux and older systems), then the system UI font
 * and `sans-serif`.
 *
 * @example `body { font-family: ${KOREAN_FONT_STACK}; }`
 * @example Chart.defaults.font.family = KOREAN_FONT_STACK
 */
export const KOREAN_FONT_STACK =
  '"Apple SD Gothic Neo", "Malgun Gothic", "맑은 고딕", "Noto Sans KR", "Noto Sans CJK KR", "Nanum Gothic", "나눔고딕", system-ui, -apple-system, sans-serif';
