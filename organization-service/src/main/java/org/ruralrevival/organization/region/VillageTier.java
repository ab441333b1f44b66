package org.ruralrevival.organization.region;

/** The three grades counties give villages (三个等次). */
public enum VillageTier {
    /** 示范引领. */ LEADING,
    /** 培育提升. */ IMPROVING,
    /** 相对后进. */ LAGGING
}
