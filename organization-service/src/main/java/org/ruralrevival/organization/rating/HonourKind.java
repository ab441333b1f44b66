package org.ruralrevival.organization.rating;

/** Honours the reports count (表彰): 红旗 titles, demonstration sites, party-building brands. */
public enum HonourKind {
    /** 红旗村. */ RED_FLAG_VILLAGE,
    /** 红旗社区. */ RED_FLAG_COMMUNITY,
    /** 红旗单位. */ RED_FLAG_UNIT,
    /** 红旗企业. */ RED_FLAG_ENTERPRISE,
    /** 示范点 (党建示范点). */ DEMONSTRATION_SITE,
    /** 党建品牌. */ PARTY_BRAND,
    OTHER
}
