package org.ruralrevival.organization.alliance;

/** What an alliance (党建联盟) joins organizations for. */
public enum AllianceKind {
    /** 校地: with universities and colleges. */ SCHOOL_LOCALITY,
    /** 产业链: along an industry chain (e.g. 7 villages in a logistics alliance). */ INDUSTRY_CHAIN,
    /** 联村共建: neighbouring villages building together. */ JOINT_VILLAGES,
    OTHER
}
