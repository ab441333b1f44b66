package org.ruralrevival.organization.servicecenter;

/** Where a party–mass service centre stands. */
public enum CenterState {
    /** 已投入使用. */ IN_USE,
    /** 在建. */ UNDER_CONSTRUCTION,
    /** 规划中. */ PLANNED
}
