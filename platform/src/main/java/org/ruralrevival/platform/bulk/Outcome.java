package org.ruralrevival.platform.bulk;

/** What a bulk upload did with one record. */
public enum Outcome {
    CREATED, UPDATED,
    /** Sent again as stored: nothing written, no change-feed row. */
    UNCHANGED,
    /** Not written; the errors say which field broke which rule. */
    REFUSED
}
