package org.ruralrevival.talent.dispatch;

/** Who is sent to the village. */
public enum DispatchKind {
    /** 驻村第一书记. */ FIRST_SECRETARY,
    /** 驻村工作队员. */ WORK_TEAM_MEMBER
}
