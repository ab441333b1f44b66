package org.ruralrevival.organization.points;

/** Which end of the yearly totals. */
public enum RankingList {
    /** 红榜: highest totals first. */ RED,
    /** 黑榜: lowest totals first. */ BLACK
}
