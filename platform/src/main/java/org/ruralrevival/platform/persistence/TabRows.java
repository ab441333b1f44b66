package org.ruralrevival.platform.persistence;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Rows as the text {@code LOAD DATA} reads with its defaults (fields ended by a tab, lines by a
 * newline, backslash escapes, {@code \N} for NULL), built in memory for {@link LoadData}. Values go
 * in the statement's column order, one {@link #endRow()} per row.
 */
public final class TabRows {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder text;
    private boolean rowStarted;
    private int rows;
    // A chunk stamps every row with the same instant: formatted once.
    private Instant lastInstant;
    private String lastInstantText;

    public TabRows(int expectedRows) {
        this.text = new StringBuilder(Math.max(16, expectedRows) * 256);
    }

    /** A text value; null is NULL. */
    public TabRows text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        // Most values need no escape: copied whole, up to the first character that does.
        int from = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            String escape = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\0' -> "\\0";
                default -> null;
            };
            if (escape != null) {
                text.append(value, from, i).append(escape);
                from = i + 1;
            }
        }
        text.append(value, from, value.length());
        return this;
    }

    public TabRows number(long value) {
        separate();
        text.append(value);
        return this;
    }

    public TabRows number(Long value) {
        return value == null ? nothing() : number(value.longValue());
    }

    public TabRows bool(boolean value) {
        separate();
        text.append(value ? '1' : '0');
        return this;
    }

    public TabRows date(LocalDate value) {
        if (value == null) {
            return nothing();
        }
        separate();
        text.append(value);
        return this;
    }

    /**
     * An instant as UTC wall time: the services' connections set the session time zone to UTC
     * ({@code forceConnectionTimeZoneToSession}), which is how TIMESTAMP columns read it.
     */
    public TabRows timestamp(Instant value) {
        if (value == null) {
            return nothing();
        }
        separate();
        if (!value.equals(lastInstant)) {
            lastInstant = value;
            lastInstantText = TIMESTAMP.format(value);
        }
        text.append(lastInstantText);
        return this;
    }

    /** A NULL. */
    public TabRows nothing() {
        separate();
        text.append("\\N");
        return this;
    }

    public TabRows endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /** The rows as UTF-8 ({@code CHARACTER SET utf8mb4} in the statement). */
    public InputStream stream() {
        return new ByteArrayInputStream(toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
