package org.ruralrevival.organization.rectification;

/** Why an organization is put on the rectification ledger (整顿). */
public enum RectificationReason {
    /** 软弱涣散: weak and lax. */ WEAK_AND_LAX,
    /** 相对后进: lagging behind the others. */ LAGGING,
    /** Any other reason; the description must say which. */ OTHER
}
