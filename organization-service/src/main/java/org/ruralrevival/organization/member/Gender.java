package org.ruralrevival.organization.member;

/** 性别. */
public enum Gender {
    MALE, FEMALE;

    /** The gender an ID number encodes (odd 17th digit for men). */
    public static Gender of(boolean male) {
        return male ? MALE : FEMALE;
    }
}
