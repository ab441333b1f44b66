package org.ruralrevival.organization.member;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Not in the future" is judged on the users' calendar: servers run on UTC, and a date entered
 * in the morning in China would otherwise be refused as tomorrow.
 */
public final class Today {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    public static LocalDate inChina() {
        return LocalDate.now(CHINA);
    }
}
