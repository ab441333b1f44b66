package org.ruralrevival.organization.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * The member figures of the organization report for a province, city or county, kept up on write
 * (tables {@code member_tally_day} and {@code member_tally_year}, see migration V10). Counting a
 * province's million members per request takes seconds; here a figure on day D is the sum of at
 * most one row per earlier year and one row per day of D's year up to D.
 *
 * <p>Every figure counts the members one of whose intervals contains D. A member adds +1 on the
 * day an interval starts and −1 on the day it ends, for each of the region prefixes above it. The
 * intervals follow {@link MemberRepository}'s counting queries exactly (which stay the reference
 * and still count the smaller regions): the day of leaving is {@code left_on}, or the joining day
 * for a transfer or death without a date; full membership starts on {@code full_member_on}; 50
 * years start on the first day whose date 50 years back is not before joining.
 *
 * <p>Every member write adds its changes in its own transaction; deltas commute, so concurrent
 * writers only meet on row locks, which they take in key order.
 */
@ApplicationScoped
public class MemberTally {

    /** The prefix lengths kept: province, city, county. Towns and villages are counted live. */
    private static final int[] LENGTHS = {2, 4, 6};

    /** The figure columns, in the order of {@link Delta}'s array. */
    private static final String COLUMNS = "on_roll, probationary, transferred_out, deceased, fifty_years, flowing, "
            + "door_plates";
    private static final int ON_ROLL = 0;
    private static final int PROBATIONARY = 1;
    private static final int TRANSFERRED_OUT = 2;
    private static final int DECEASED = 3;
    private static final int FIFTY_YEARS = 4;
    private static final int FLOWING = 5;
    private static final int DOOR_PLATES = 6;
    private static final int FIGURES = 7;

    private static final String ADD = " ON DUPLICATE KEY UPDATE on_roll = on_roll + VALUES(on_roll), "
            + "probationary = probationary + VALUES(probationary), "
            + "transferred_out = transferred_out + VALUES(transferred_out), deceased = deceased + VALUES(deceased), "
            + "fifty_years = fifty_years + VALUES(fifty_years), flowing = flowing + VALUES(flowing), "
            + "door_plates = door_plates + VALUES(door_plates)";
    private static final String ADD_DAY = "INSERT INTO member_tally_day (region_prefix, day, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" + ADD;
    private static final String ADD_YEAR = "INSERT INTO member_tally_year (region_prefix, year, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" + ADD;

    /**
     * The figures on {@code d}: the year rows before its year plus its year's day rows up to it.
     * The joined columns are the members on the ledger (on the roll, transferred out or dead: all
     * who had joined) at the end of the year before and the one before that.
     */
    private static final String READ = "SELECT SUM(on_roll), SUM(probationary), SUM(transferred_out), SUM(deceased), "
            + "SUM(fifty_years), SUM(flowing), SUM(door_plates), "
            + "SUM(CASE WHEN y < ? THEN on_roll + transferred_out + deceased ELSE 0 END), "
            + "SUM(CASE WHEN y < ? THEN on_roll + transferred_out + deceased ELSE 0 END) FROM ("
            + "SELECT year AS y, " + COLUMNS + " FROM member_tally_year WHERE region_prefix = ? AND year < ? "
            + "UNION ALL SELECT ? AS y, " + COLUMNS + " FROM member_tally_day "
            + "WHERE region_prefix = ? AND day BETWEEN ? AND ?) t";

    /** What of a member the figures depend on. */
    public record Standing(String regionCode, LocalDate joinedOn, LocalDate fullMemberOn, MemberStatus status,
            LocalDate leftOn, boolean flowingAway, LocalDate flowingSince, LocalDate doorPlateOn) {

        public static Standing of(Member m) {
            return new Standing(m.regionCode, m.joinedOn, m.fullMemberOn, m.status, m.leftOn, m.flowingAway,
                    m.flowingSince, m.doorPlateOn);
        }

        /** The day the member leaves the roll (transfer or death), null while active. */
        LocalDate leftDay() {
            if (status.active()) {
                return null;
            }
            return leftOn == null || leftOn.isBefore(joinedOn) ? joinedOn : leftOn;
        }

        /** The first day D with {@code joinedOn <= D.minusYears(50)}: the day after for a 29 February. */
        LocalDate fiftyDay() {
            LocalDate day = joinedOn.plusYears(50);
            return joinedOn.getMonth() == Month.FEBRUARY && joinedOn.getDayOfMonth() == 29 ? day.plusDays(1) : day;
        }

        /** Adds this member's interval boundaries, each with {@code sign}, to {@code into} by day. */
        void boundaries(int sign, Map<LocalDate, int[]> into) {
            LocalDate left = leftDay();
            boolean probationaryAtStart = fullMemberOn != null || status == MemberStatus.PROBATIONARY;
            add(into, joinedOn, ON_ROLL, sign);
            if (probationaryAtStart) {
                add(into, joinedOn, PROBATIONARY, sign);
            }
            if (fullMemberOn != null) {
                LocalDate end = left == null || fullMemberOn.isBefore(left) ? fullMemberOn : left;
                add(into, max(joinedOn, end), PROBATIONARY, -sign);
            }
            LocalDate fifty = fiftyDay();
            add(into, fifty, FIFTY_YEARS, sign);
            LocalDate flowing = flowingAway ? max(joinedOn, flowingSince == null ? joinedOn : flowingSince) : null;
            if (flowing != null) {
                add(into, flowing, FLOWING, sign);
            }
            if (left != null) {
                add(into, left, ON_ROLL, -sign);
                add(into, left, status == MemberStatus.DECEASED ? DECEASED : TRANSFERRED_OUT, sign);
                add(into, max(fifty, left), FIFTY_YEARS, -sign);
                if (flowing != null) {
                    add(into, max(flowing, left), FLOWING, -sign);
                }
            }
            if (doorPlateOn != null) {
                add(into, doorPlateOn, DOOR_PLATES, sign);
            }
        }

        private static void add(Map<LocalDate, int[]> into, LocalDate day, int figure, int sign) {
            into.computeIfAbsent(day, d -> new int[FIGURES])[figure] += sign;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }

    /** The member figures of a region on a day, as the report quotes them. */
    public record Figures(long full, long probationary, long transferredOut, long deceased, long joinedInYear,
            long joinedInYearBefore, long fiftyYears, long flowing, long doorPlates) {

        public long of(MemberStatus status) {
            return switch (status) {
                case FULL -> full;
                case PROBATIONARY -> probationary;
                case TRANSFERRED_OUT -> transferredOut;
                case DECEASED -> deceased;
            };
        }

        /** The same figures counted over the members themselves (towns, villages; the reference). */
        public static Figures live(MemberRepository members, String prefix, LocalDate day) {
            long[] byStatus = new long[MemberStatus.values().length];
            for (MemberRepository.StatusCount c : members.membersByStatus(prefix, day)) {
                byStatus[c.status().ordinal()] = c.members();
            }
            LocalDate yearBefore = LocalDate.of(day.getYear() - 1, 12, 31);
            return new Figures(byStatus[MemberStatus.FULL.ordinal()], byStatus[MemberStatus.PROBATIONARY.ordinal()],
                    byStatus[MemberStatus.TRANSFERRED_OUT.ordinal()], byStatus[MemberStatus.DECEASED.ordinal()],
                    members.joinedInYear(prefix, day), members.joinedInYear(prefix, yearBefore),
                    members.fiftyYearMembers(prefix, day), members.flowingMembers(prefix, day),
                    members.doorPlates(prefix, day));
        }
    }

    /** The changes of one transaction, summed by region prefix and day before they are written. */
    public static final class Changes {

        private final Map<String, Map<LocalDate, int[]>> byPrefix = new TreeMap<>();

        /** A member written: {@code before} null when created, {@code after} null when deleted. */
        public Changes add(Standing before, Standing after) {
            if (before != null && before.equals(after)) {
                return this;
            }
            if (before != null) {
                add(before, -1);
            }
            if (after != null) {
                add(after, 1);
            }
            return this;
        }

        private void add(Standing s, int sign) {
            Map<LocalDate, int[]> days = new TreeMap<>();
            s.boundaries(sign, days);
            for (int length : LENGTHS) {
                if (s.regionCode().length() >= length) {
                    Map<LocalDate, int[]> into = byPrefix.computeIfAbsent(s.regionCode().substring(0, length),
                            p -> new TreeMap<>());
                    days.forEach((day, delta) -> {
                        int[] sum = into.computeIfAbsent(day, d -> new int[FIGURES]);
                        for (int i = 0; i < FIGURES; i++) {
                            sum[i] += delta[i];
                        }
                    });
                }
            }
        }

        /** Writes the non-zero sums: day rows, then year rows, each in key order. */
        public void write(Connection connection) throws SQLException {
            Map<String, Map<Integer, int[]>> years = new TreeMap<>();
            try (PreparedStatement add = connection.prepareStatement(ADD_DAY)) {
                int rows = 0;
                for (var prefix : byPrefix.entrySet()) {
                    for (var day : prefix.getValue().entrySet()) {
                        int[] delta = day.getValue();
                        if (Arrays.stream(delta).allMatch(v -> v == 0)) {
                            continue;
                        }
                        add.setString(1, prefix.getKey());
                        add.setDate(2, Date.valueOf(day.getKey()));
                        bind(add, delta);
                        add.addBatch();
                        rows++;
                        int[] year = years.computeIfAbsent(prefix.getKey(), p -> new TreeMap<>())
                                .computeIfAbsent(day.getKey().getYear(), y -> new int[FIGURES]);
                        for (int i = 0; i < FIGURES; i++) {
                            year[i] += delta[i];
                        }
                    }
                }
                if (rows == 0) {
                    return;
                }
                add.executeBatch();
            }
            try (PreparedStatement add = connection.prepareStatement(ADD_YEAR)) {
                for (var prefix : years.entrySet()) {
                    for (var year : prefix.getValue().entrySet()) {
                        add.setString(1, prefix.getKey());
                        add.setInt(2, year.getKey());
                        bind(add, year.getValue());
                        add.addBatch();
                    }
                }
                add.executeBatch();
            }
        }

        private static void bind(PreparedStatement s, int[] delta) throws SQLException {
            for (int i = 0; i < FIGURES; i++) {
                s.setInt(3 + i, delta[i]);
            }
        }
    }

    private final EntityManager em;

    MemberTally(EntityManager em) {
        this.em = em;
    }

    /** Whether the figures of this region prefix are kept here (else they are counted live). */
    public static boolean keeps(String prefix) {
        for (int length : LENGTHS) {
            if (prefix.length() == length) {
                return true;
            }
        }
        return false;
    }

    /** Adds one member write to the tally, in the caller's transaction. */
    public void record(Standing before, Standing after) {
        Changes changes = new Changes().add(before, after);
        em.unwrap(Session.class).doWork(changes::write);
    }

    /** The figures of a kept region prefix on {@code day}. */
    public Figures figures(String prefix, LocalDate day) {
        if (!keeps(prefix)) {
            throw new IllegalArgumentException("no tally for region prefix " + prefix);
        }
        int year = day.getYear();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement q = connection.prepareStatement(READ)) {
                q.setInt(1, year - 1);
                q.setInt(2, year);
                q.setString(3, prefix);
                q.setInt(4, year);
                q.setInt(5, year);
                q.setString(6, prefix);
                q.setDate(7, Date.valueOf(LocalDate.of(year, 1, 1)));
                q.setDate(8, Date.valueOf(day));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    long onRoll = rs.getLong(1);
                    long probationary = rs.getLong(2);
                    long transferred = rs.getLong(3);
                    long deceased = rs.getLong(4);
                    long ledgerYearBefore = rs.getLong(9);
                    long ledgerTwoYearsBefore = rs.getLong(8);
                    long ledger = onRoll + transferred + deceased;
                    return new Figures(onRoll - probationary, probationary, transferred, deceased,
                            ledger - ledgerYearBefore, ledgerYearBefore - ledgerTwoYearsBefore, rs.getLong(5),
                            rs.getLong(6), rs.getLong(7));
                }
            }
        });
    }
}
