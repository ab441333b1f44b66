package org.ruralrevival.economy.project;

/** Where a project's investment comes from (资金来源). */
public enum FundingSource {
    /** 中央财政资金. */ CENTRAL_FISCAL,
    /** 省级财政资金. */ PROVINCIAL_FISCAL,
    /** 县级财政资金. */ COUNTY_FISCAL,
    /** 村集体自筹. */ VILLAGE_COLLECTIVE,
    /** 企业投资. */ ENTERPRISE,
    /** 银行贷款. */ BANK_LOAN,
    OTHER
}
