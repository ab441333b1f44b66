package org.ruralrevival.organization.committee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Highest completed education (学历), lowest first. */
@Schema(name = "CommitteeMemberEducation")
public enum Education {
    /** 小学. */ PRIMARY,
    /** 初中. */ JUNIOR_HIGH,
    /** 高中. */ SENIOR_HIGH,
    /** 中专: vocational secondary, not college. */ TECHNICAL_SECONDARY,
    /** 大专: the lowest level the reports count as "大专以上". */ JUNIOR_COLLEGE,
    /** 本科. */ BACHELOR,
    /** 硕士. */ MASTER,
    /** 博士. */ DOCTOR;

    /** 大专以上: junior college or higher, the figure every 换届 report quotes. */
    public boolean collegeOrAbove() {
        return compareTo(JUNIOR_COLLEGE) >= 0;
    }
}
