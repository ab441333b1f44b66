package org.ruralrevival.talent.cadre;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Highest education (学历), lowest first. */
@Schema(name = "CadreEducation")
public enum Education {
    /** 小学及以下. */ PRIMARY_OR_BELOW,
    /** 初中. */ JUNIOR_HIGH,
    /** 高中 / 中专 / 中技. */ SENIOR_HIGH,
    /** 大专. */ JUNIOR_COLLEGE,
    /** 本科. */ BACHELOR,
    /** 研究生. */ POSTGRADUATE;

    /** 大专以上: what the reports count as college education. */
    public boolean collegeOrAbove() {
        return compareTo(JUNIOR_COLLEGE) >= 0;
    }
}
