package org.ruralrevival.organization.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.member.MemberFixtures.create;
import static org.ruralrevival.organization.member.MemberFixtures.idNumber;
import static org.ruralrevival.organization.member.MemberFixtures.member;
import static org.ruralrevival.organization.member.MemberFixtures.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.activity.ActivityKind;
import org.ruralrevival.organization.activity.ActivityRepository;
import org.ruralrevival.organization.activity.ActivityRepository.KindFigure;
import org.ruralrevival.organization.household.MemberHouseholdRepository;
import org.ruralrevival.organization.member.MemberRepository.StatusCount;

/**
 * The figures the organization report quotes, against a ledger small enough to count by hand
 * (county 150645, year 2021; one member in county 150646 that must never be counted).
 */
@QuarkusTest
class MemberReportFiguresTest {

    private static final LocalDate YEAR_END = LocalDate.of(2021, 12, 31);
    private static boolean built;

    @Inject
    MemberRepository members;

    @Inject
    MemberHouseholdRepository households;

    @Inject
    ActivityRepository activities;

    @BeforeEach
    void ledger() {
        if (built) {
            return;
        }
        built = true;
        int town = MemberFixtures.townCommittee("150645");
        Fixtures.ensureRegion("150645101201", "报表村");
        int branch = MemberFixtures.organization("报表村党支部", "BRANCH", town, "150645101201");

        // m1: full since 1966, 50 years by 2021, door plate in 2021.
        int m1 = create(with(member(town, "一", idNumber("150645", LocalDate.of(1940, 2, 2), 71), "1965-07-01"),
                "fullMemberOn", "1966-07-01", "doorPlateOn", "2021-06-28"));
        // m2: joined on the last day that still makes 50 years at the end of 2021; away since 2019.
        int m2 = create(with(member(town, "二", idNumber("150645", LocalDate.of(1950, 2, 2), 73), "1971-12-31"),
                "flowing", Map.of("away", true, "where", "包头市", "since", "2019-05-01")));
        // m3: joined 2021, full only in 2022, so probationary at the end of 2021; plate only in 2022.
        int m3 = create(with(member(branch, "三", idNumber("150645", LocalDate.of(1990, 2, 2), 75), "2021-03-01"),
                "fullMemberOn", "2022-03-01", "doorPlateOn", "2022-01-10"));
        // m4: joined 2021, probationary; away only since 2022.
        create(with(member(branch, "四", idNumber("150645", LocalDate.of(1995, 2, 2), 77), "2021-11-01"),
                "status", "PROBATIONARY", "flowing", Map.of("away", true, "where", "北京市", "since", "2022-02-01")));
        // m5: died in 2021 (door plate from 2020 still counts as installed).
        create(with(member(town, "五", idNumber("150645", LocalDate.of(1935, 2, 2), 79), "1960-01-01"),
                "status", "DECEASED", "leftOn", "2021-05-01", "doorPlateOn", "2020-01-01"));
        // m6: transferred out only in 2022: full and 50 years at the end of 2021; away since 2020.
        create(with(member(town, "六", idNumber("150645", LocalDate.of(1945, 2, 2), 81), "1970-01-01"),
                "fullMemberOn", "1971-01-01", "status", "TRANSFERRED_OUT", "leftOn", "2022-04-01",
                "flowing", Map.of("away", true, "where", "鄂尔多斯市", "since", "2020-01-01")));
        // m7: joined 2022, not on the 2021 ledger at all.
        create(member(branch, "七", idNumber("150645", LocalDate.of(2000, 2, 2), 83), "2022-01-05"));
        // Another county.
        int elsewhere = MemberFixtures.townCommittee("150646");
        int m8 = create(with(member(elsewhere, "八", idNumber("150646", LocalDate.of(1940, 2, 2), 85), "1960-07-01"),
                "doorPlateOn", "2021-01-01"));

        // Households: 王大 at 一社1号 is looked after by m1 and m2 (counts once); 赵三 linked only in 2022.
        link(m1, "王大", "一社1号", "2021-02-01");
        link(m2, "王大", "一社1号", "2021-03-01");
        link(m2, "李二", "一社2号", "2021-04-01");
        link(m3, "赵三", "二社3号", "2022-01-02");
        link(m8, "钱四", "外县", "2021-01-01");

        // Activities of 2021: two theme days (3 + 1 attendees), a lecture (1), a committee meeting nobody
        // is recorded at (0); one theme day of 2020 and one elsewhere that must not count.
        activity(town, "THEME_DAY", "2021-06-28", List.of(m1, m2, m3));
        activity(branch, "THEME_DAY", "2021-07-28", List.of(m3));
        activity(town, "PARTY_LECTURE", "2021-09-01", List.of(m1));
        activity(branch, "BRANCH_COMMITTEE_MEETING", "2021-10-10", List.of());
        activity(town, "THEME_DAY", "2020-12-28", List.of(m1));
        activity(elsewhere, "THEME_DAY", "2021-06-28", List.of(m8));
    }

    private static void link(int memberId, String head, String address, String linkedOn) {
        editor().body(Map.of("memberId", memberId, "householdHead", head, "address", address, "linkedOn", linkedOn))
                .post("/api/v1/member-households").then().statusCode(201);
    }

    private static void activity(int org, String kind, String date, List<Integer> attendees) {
        editor().body(Map.of("organizationId", org, "kind", kind, "date", date, "topic", "组织生活",
                "attendees", attendees)).post("/api/v1/activities").then().statusCode(201);
    }

    private static <T> T read(java.util.concurrent.Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    @Test
    void countsMembersByTheStatusTheyHadAtYearEnd() {
        assertEquals(List.of(new StatusCount(MemberStatus.DECEASED, 1), new StatusCount(MemberStatus.FULL, 3),
                new StatusCount(MemberStatus.PROBATIONARY, 2)), read(() -> members.membersByStatus("150645", YEAR_END)));
        assertEquals(List.of(new StatusCount(MemberStatus.PROBATIONARY, 2)),
                read(() -> members.membersByStatus("150645101201", YEAR_END)));
    }

    @Test
    void countsJoinersFiftyYearMembersFlowingMembersAndDoorPlates() {
        assertEquals(2, read(() -> members.joinedInYear("150645", YEAR_END)));
        assertEquals(3, read(() -> members.fiftyYearMembers("150645", YEAR_END)));
        assertEquals(2, read(() -> members.flowingMembers("150645", YEAR_END)));
        assertEquals(2, read(() -> members.doorPlates("150645", YEAR_END)));
        // A year earlier: m2 (joined 1971-12-31) was one day short of 50 years, but m5 (died 2021) still counted.
        assertEquals(3, read(() -> members.fiftyYearMembers("150645", LocalDate.of(2020, 12, 31))));
        assertEquals(1, read(() -> members.flowingMembers("150645", LocalDate.of(2019, 12, 31))));
    }

    @Test
    void countsDistinctLinkedHouseholds() {
        assertEquals(2, read(() -> households.linkedHouseholds("150645", YEAR_END)));
        assertEquals(3, read(() -> households.linkedHouseholds("150645", LocalDate.of(2022, 12, 31))));
    }

    @Test
    void countsActivitiesByKindWithPersonTimes() {
        assertEquals(List.of(new KindFigure(ActivityKind.BRANCH_COMMITTEE_MEETING, 1, 0),
                        new KindFigure(ActivityKind.PARTY_LECTURE, 1, 1), new KindFigure(ActivityKind.THEME_DAY, 2, 4)),
                read(() -> activities.heldByKind("150645", YEAR_END)));
    }
}
