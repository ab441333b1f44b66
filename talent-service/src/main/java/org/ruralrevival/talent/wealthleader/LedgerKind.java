package org.ruralrevival.talent.wealthleader;

/** The two ledgers of 双培双带. */
public enum LedgerKind {
    /** 把党员培养成致富带头人. */ MEMBER_TO_LEADER,
    /** 把致富带头人培养成党员. */ LEADER_TO_MEMBER
}
