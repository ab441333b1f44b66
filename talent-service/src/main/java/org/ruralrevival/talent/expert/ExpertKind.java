package org.ruralrevival.talent.expert;

/** Who is in the talent pool. */
public enum ExpertKind {
    /** 专家 (专家库). */ EXPERT,
    /** 乡土人才. */ LOCAL_TALENT,
    /** 科技示范户. */ TECH_DEMO_HOUSEHOLD
}
