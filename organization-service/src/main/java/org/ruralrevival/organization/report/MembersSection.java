package org.ruralrevival.organization.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.activity.ActivityKind;
import org.ruralrevival.organization.activity.ActivityRepository;
import org.ruralrevival.organization.household.MemberHouseholdRepository;
import org.ruralrevival.organization.member.MemberTally;
import org.ruralrevival.organization.member.MemberStatus;
import org.ruralrevival.platform.report.Figure;

/** Party members of the region at the end of the year (or asOf), and their organization life. */
@Schema(name = "OrganizationReportMembers")
public record MembersSection(
        @Schema(description = "Members on the ledger by status on countedOn (every status listed).")
        Map<MemberStatus, Figure> byStatus,
        @Schema(description = "Full and probationary members together.") Figure onRoll,
        @Schema(description = "Members who joined in the year, against the year before.") Figure joinedInYear,
        @Schema(description = "光荣在党50年: members with 50 years since joining on countedOn.") Figure fiftyYearMembers,
        @Schema(description = "流动党员 on countedOn.") Figure flowingMembers,
        @Schema(description = "共产党员户 door plates installed by countedOn.") Figure doorPlates,
        @Schema(description = "Distinct households linked to members (党员联户) on countedOn.") Figure linkedHouseholds,
        @Schema(description = "Activities held in the year by kind (主题党日, 三会一课).") Map<ActivityKind, Figure> activitiesByKind,
        @Schema(description = "Attendance at those activities, in person-times.") Map<ActivityKind, Figure> attendanceByKind) {

    static MembersSection of(String prefix, LocalDate countedOn, MemberTally.Figures members,
            MemberHouseholdRepository households, ActivityRepository activities) {
        Map<MemberStatus, Figure> byStatus = new EnumMap<>(MemberStatus.class);
        for (MemberStatus s : MemberStatus.values()) {
            byStatus.put(s, Figure.count(members.of(s), Figure.PERSON));
        }
        long onRoll = members.full() + members.probationary();
        Map<ActivityKind, Figure> held = new EnumMap<>(ActivityKind.class);
        Map<ActivityKind, Figure> attended = new EnumMap<>(ActivityKind.class);
        for (ActivityKind k : ActivityKind.values()) {
            held.put(k, Figure.count(0, Figure.COUNT));
            attended.put(k, Figure.count(0, Figure.PERSON_TIME));
        }
        for (ActivityRepository.KindFigure k : activities.heldByKind(prefix, countedOn)) {
            held.put(k.kind(), Figure.count(k.activities(), Figure.COUNT));
            attended.put(k.kind(), Figure.count(k.personTimes(), Figure.PERSON_TIME));
        }
        return new MembersSection(byStatus, Figure.count(onRoll, Figure.PERSON),
                Figure.count(members.joinedInYear(), members.joinedInYearBefore(), Figure.PERSON),
                Figure.count(members.fiftyYears(), Figure.PERSON),
                Figure.count(members.flowing(), Figure.PERSON),
                Figure.count(members.doorPlates(), Figure.COUNT),
                Figure.count(households.linkedHouseholds(prefix, countedOn), "household"),
                held, attended);
    }
}
