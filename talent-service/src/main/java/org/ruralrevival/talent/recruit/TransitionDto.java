package org.ruralrevival.talent.recruit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.PersonRef;

/** A recorded step; evidence fields a kind does not take are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RecruitTransition")
public record TransitionDto(
        @Schema(example = "31") long id,
        @Schema(example = "7") long recruitId,
        @Schema(example = "ACTIVIST") TransitionKind kind,
        @Schema(example = "APPLICANT") RecruitStage fromStage,
        @Schema(example = "ACTIVIST") RecruitStage toStage,
        @Schema(example = "2019-04-10") LocalDate date,
        @Schema(example = "2019-03-15") LocalDate talkDate,
        List<PersonRef> cultivators,
        List<PersonRef> introducers,
        @Schema(example = "3") Integer trainingDays,
        @Schema(example = "24") Integer trainingHours,
        @Schema(example = "2020-10-15") LocalDate branchMeetingDate,
        @Schema(example = "23") Integer votesEntitled,
        @Schema(example = "20") Integer votesPresent,
        @Schema(example = "19") Integer votesFor,
        @Schema(example = "1") Integer votesAgainst,
        String lateApprovalReason,
        @Schema(example = "6") Integer extensionMonths,
        String note,
        @Schema(example = "editor-county-620123") String recordedBy,
        Instant recordedAt) {

    static TransitionDto of(RecruitTransition t) {
        List<PersonRef> cultivators = people(t, TransitionPerson.Role.CULTIVATOR);
        List<PersonRef> introducers = people(t, TransitionPerson.Role.INTRODUCER);
        return new TransitionDto(t.id, t.recruitId, t.kind, t.fromStage, t.toStage, t.date, t.talkDate,
                cultivators.isEmpty() ? null : cultivators, introducers.isEmpty() ? null : introducers,
                t.trainingDays, t.trainingHours, t.branchMeetingDate, t.votesEntitled, t.votesPresent, t.votesFor,
                t.votesAgainst, t.lateApprovalReason, t.extensionMonths, t.note, t.recordedBy, t.createdAt);
    }

    private static List<PersonRef> people(RecruitTransition t, TransitionPerson.Role role) {
        return t.people.stream().filter(p -> p.role == role).map(TransitionPerson::ref).toList();
    }
}
