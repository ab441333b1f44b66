package org.ruralrevival.organization.committee;

/** 性别, as the committee ledgers record it. */
public enum Gender {
    /** 男. */ MALE,
    /** 女. */ FEMALE
}
