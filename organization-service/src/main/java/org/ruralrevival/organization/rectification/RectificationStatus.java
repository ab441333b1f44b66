package org.ruralrevival.organization.rectification;

public enum RectificationStatus {
    OPEN,
    /** 销号: closed with a closing note. */ CLOSED
}
