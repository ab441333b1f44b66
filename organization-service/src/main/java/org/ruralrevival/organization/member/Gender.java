package org.ruralrevival.organization.member;

/** 性别, of party members and of committee members alike. */
public enum Gender {
    MALE, FEMALE;

    /** The gender an ID number encodes (odd 17th digit for men). */
    public static Gender of(boolean male) {
        return male ? MALE : FEMALE;
    }
}
