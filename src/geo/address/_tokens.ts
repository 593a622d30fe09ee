// Token shapes of a Korean address (roads ending in 대로, 로 or 길; building and 지번 numbers; 읍면동),
// as precompiled regexes.

/**
 * A road name, optionally with a glued building number: '테헤란로', '영동대로85길', '황새울로258번길',
 * '테헤란로152' (road + 152), '반포대로21길17' (road 반포대로21길 + 17), '테헤란로지하152'.
 * Groups: 1 road, 2 '지하', 3 number.
 */
export const ROAD = /^([가-힣][가-힣0-9.]*?(?:대로|로|길)(?:\d+(?:번)?길)?)(?:(지하)?(\d+(?:-\d+)?))?$/;

/** A split-off 'N길' / 'N번길' that belongs to the road before it ('역삼로 1길'). */
export const ROAD_TAIL = /^\d+(?:번)?길$/;

/** A building number or lot number: '152', '152-3', '524-36번지'. Group 1 is the number. */
export const NUMBER = /^(\d+(?:-\d+)?)(?:번지)?$/;

/** A building number glued to '지하': '지하152'. */
export const UNDERGROUND_NUMBER = /^지하(\d+(?:-\d+)?)$/;

/** A mountain lot glued together: '산12', '산12-3번지'. */
export const MOUNTAIN_LOT = /^산(\d+(?:-\d+)?)(?:번지)?$/;

/**
 * An 읍, 면, 동, 가 or 리 named before the road or lot: '역삼동', '오포읍', '을지로3가', '왕산리',
 * '종로1.2.3.4가동'. It must start with Hangul so that '101동' (an apartment block) is not one.
 */
export const EUPMYEONDONG = /^[가-힣][가-힣0-9.·]*(?:동|읍|면|가|리)$/;

/** An 읍 or 면, the only 읍면동 a road address query keeps: road addresses name no 동. */
export const EUP_MYEON = /[읍면]$/;

/** Tokens that only say "the whole area": '서울 전지역', '경기 전체', '판교 일대'. */
export const AREA_FILLER = /^(?:전지역|전\s?지역|전체|전역|일대|일원|인근|부근|근처|지역|내)$/;

/** A token that can be a 시군구 name ('강남구', '성남시', '고성군', '성남시분당구'). */
export const SIGUNGU_SHAPE = /^[가-힣]+[시군구]$/;

/** A bare place stem that may be a 시군구 without its suffix ('강남', '분당', '수원'). */
export const BARE_STEM = /^[가-힣]{2,3}$/;
