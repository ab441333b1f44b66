package org.ruralrevival.organization.member;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The intervals {@link MemberTally} adds up, member by member, against the conditions of
 * {@link MemberRepository}'s counting queries written out in Java, on every day around each
 * member's dates: the boundaries themselves, the days either side, 29 February and year ends.
 */
class MemberTallyIntervalsTest {

    private static final MemberStatus[] STATUSES = MemberStatus.values();

    @Test
    void everyFigureOfEveryMemberOnEveryDayNearItsDates() {
        Random random = new Random(20261122);
        for (int n = 0; n < 20_000; n++) {
            MemberTally.Standing s = member(random);
            Map<LocalDate, int[]> deltas = new TreeMap<>();
            s.boundaries(1, deltas);
            for (LocalDate d : days(s)) {
                int[] sum = new int[7];
                deltas.forEach((day, delta) -> {
                    if (!day.isAfter(d)) {
                        for (int i = 0; i < 7; i++) {
                            sum[i] += delta[i];
                        }
                    }
                });
                assertArrayEquals(expected(s, d), sum, () -> s + " on " + d);
            }
        }
    }

    @Test
    void removingAMemberTakesBackWhatAddingItGave() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            MemberTally.Standing s = member(random);
            Map<LocalDate, int[]> deltas = new TreeMap<>();
            s.boundaries(1, deltas);
            s.boundaries(-1, deltas);
            deltas.values().forEach(delta -> assertArrayEquals(new int[7], delta, s::toString));
        }
    }

    /**
     * What the counting queries say of one member on {@code d}: on the roll, probationary,
     * transferred out, deceased (membersByStatus), fifty years, flowing, door plate.
     */
    private static int[] expected(MemberTally.Standing m, LocalDate d) {
        int[] e = new int[7];
        boolean ledger = !m.joinedOn().isAfter(d);
        if (ledger) {
            boolean gone = (m.status() == MemberStatus.TRANSFERRED_OUT || m.status() == MemberStatus.DECEASED)
                    && (m.leftOn() == null || !m.leftOn().isAfter(d));
            if (gone) {
                e[m.status() == MemberStatus.DECEASED ? 3 : 2] = 1;
            } else if (m.fullMemberOn() != null && m.fullMemberOn().isAfter(d)) {
                e[1] = 1;
            } else if (m.fullMemberOn() == null && m.status() == MemberStatus.PROBATIONARY) {
                e[1] = 1;
            }
        }
        // ON_ROLL
        boolean onRoll = ledger && (m.status().active() || (m.leftOn() != null && m.leftOn().isAfter(d)));
        e[0] = onRoll ? 1 : 0;
        if (onRoll && !m.joinedOn().isAfter(d.minusYears(50))) {
            e[4] = 1;
        }
        if (onRoll && m.flowingAway() && (m.flowingSince() == null || !m.flowingSince().isAfter(d))) {
            e[5] = 1;
        }
        if (m.doorPlateOn() != null && !m.doorPlateOn().isAfter(d)) {
            e[6] = 1;
        }
        return e;
    }

    private static List<LocalDate> days(MemberTally.Standing s) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate base : new LocalDate[] {s.joinedOn(), s.fullMemberOn(), s.leftOn(), s.flowingSince(),
                s.doorPlateOn(), s.joinedOn().plusYears(50), s.joinedOn().minusYears(1)}) {
            if (base != null) {
                for (int i = -2; i <= 2; i++) {
                    days.add(base.plusDays(i));
                }
                days.add(LocalDate.of(base.getYear(), 12, 31));
            }
        }
        days.add(LocalDate.of(2024, 2, 29));
        days.add(LocalDate.of(2026, 2, 28));
        days.add(LocalDate.of(2026, 3, 1));
        return days;
    }

    /** Any member, valid or not as the service would see it: the tally must not depend on the rules. */
    private static MemberTally.Standing member(Random r) {
        LocalDate joined = r.nextInt(8) == 0 ? LocalDate.of(1948 + 4 * r.nextInt(20), 2, 29)
                : LocalDate.of(1950, 1, 1).plusDays(r.nextInt(28_000));
        LocalDate full = r.nextBoolean() ? null : joined.plusDays(r.nextInt(8) == 0 ? -r.nextInt(3) : r.nextInt(900));
        MemberStatus status = STATUSES[r.nextInt(STATUSES.length)];
        LocalDate left = r.nextInt(3) == 0 ? null : joined.plusDays(r.nextInt(20_000) - 30);
        if (r.nextInt(4) == 0) {
            left = full;
        }
        boolean away = r.nextBoolean();
        LocalDate since = away && r.nextBoolean() ? joined.plusDays(r.nextInt(20_000) - 400) : null;
        LocalDate plate = r.nextBoolean() ? null : joined.plusDays(r.nextInt(20_000) - 5_000);
        return new MemberTally.Standing("620102101201", joined, full, status, left, away, since, plate);
    }
}
