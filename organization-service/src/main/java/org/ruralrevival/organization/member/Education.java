package org.ruralrevival.organization.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Highest education completed (学历), lowest first. */
@Schema(name = "MemberEducation")
public enum Education {
    /** 小学. */ PRIMARY,
    /** 初中. */ JUNIOR_HIGH,
    /** 高中 / 中专. */ SENIOR_HIGH,
    /** 大专. */ JUNIOR_COLLEGE,
    /** 本科. */ BACHELOR,
    /** 硕士. */ MASTER,
    /** 博士. */ DOCTOR;

    /** 大专以上, the line the reports count. */
    public boolean collegeOrAbove() {
        return compareTo(JUNIOR_COLLEGE) >= 0;
    }
}
