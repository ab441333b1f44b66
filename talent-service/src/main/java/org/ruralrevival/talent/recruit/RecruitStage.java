package org.ruralrevival.talent.recruit;

/** Where a person stands in recruitment (发展党员). */
public enum RecruitStage {
    /** 入党申请人. */ APPLICANT,
    /** 入党积极分子. */ ACTIVIST,
    /** 发展对象. */ DEVELOPMENT_TARGET,
    /** 预备党员. */ PROBATIONARY,
    /** 正式党员. */ FULL_MEMBER,
    /** 不予发展 / 取消预备党员资格. */ REJECTED,
    /** 本人撤回 / 放弃. */ WITHDRAWN;

    /** No step leads out of these. */
    public boolean terminal() {
        return this == FULL_MEMBER || this == REJECTED || this == WITHDRAWN;
    }
}
