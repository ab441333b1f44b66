package org.ruralrevival.talent.common;

/** 性别. */
public enum Gender {
    /** 男. */ MALE,
    /** 女. */ FEMALE
}
