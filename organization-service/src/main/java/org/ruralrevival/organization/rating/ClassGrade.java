package org.ruralrevival.organization.rating;

/** The yearly class a party organization is rated in (党组织分类定级). */
public enum ClassGrade {
    /** 一类. */ FIRST,
    /** 二类. */ SECOND,
    /** 三类. */ THIRD
}
