package org.ruralrevival.organization.member;

/** Where a member stands. */
public enum MemberStatus {
    /** 正式党员. */ FULL,
    /** 预备党员. */ PROBATIONARY,
    /** 组织关系转出. */ TRANSFERRED_OUT,
    /** 去世. */ DECEASED;

    /** Still a member of the organization (counted as expected at meetings, in the report). */
    public boolean active() {
        return this == FULL || this == PROBATIONARY;
    }
}
