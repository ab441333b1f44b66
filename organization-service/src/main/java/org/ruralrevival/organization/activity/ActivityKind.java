package org.ruralrevival.organization.activity;

/** Kinds of organisation life (组织生活): the theme day and 三会一课 (three meetings, one lecture). */
public enum ActivityKind {
    /** 主题党日 (e.g. the 28th of each month). */ THEME_DAY,
    /** 支部党员大会. */ BRANCH_GENERAL_MEETING,
    /** 支委会. */ BRANCH_COMMITTEE_MEETING,
    /** 党小组会. */ GROUP_MEETING,
    /** 党课. */ PARTY_LECTURE,
    OTHER
}
