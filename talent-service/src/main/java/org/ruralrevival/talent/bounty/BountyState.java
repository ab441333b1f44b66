package org.ruralrevival.talent.bounty;

/** OPEN → CLAIMED → COMPLETED, nothing else. */
public enum BountyState {
    /** 张榜. */ OPEN,
    /** 已揭榜. */ CLAIMED,
    /** 已完成. */ COMPLETED
}
