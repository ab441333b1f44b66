package org.ruralrevival.platform.persistence;

/**
 * LIKE patterns from what a caller typed: its wildcards and the escape character are matched as
 * themselves (MySQL and MariaDB escape with a backslash by default), so "50%" finds "50%", not "50…".
 */
public final class Like {

    private Like() {
    }

    /** {@code %text%}, the text trimmed and escaped. */
    public static String containing(String text) {
        return "%" + escape(text.trim()) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
