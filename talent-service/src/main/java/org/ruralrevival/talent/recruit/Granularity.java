package org.ruralrevival.talent.recruit;

/** The period a report counts by. */
public enum Granularity {
    YEAR, QUARTER, MONTH
}
