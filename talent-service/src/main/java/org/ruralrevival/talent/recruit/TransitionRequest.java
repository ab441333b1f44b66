package org.ruralrevival.talent.recruit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.PersonRef;

/**
 * One step and its evidence. Each kind takes only its own evidence; sending another kind's is a
 * 400, so nothing is silently dropped.
 */
@Schema(name = "TransitionRequest", description = """
        Evidence by kind:
        ACTIVIST: talkDate (谈话, within a month of the application).
        DEVELOPMENT_TARGET: cultivators (two full members, 培养联系人); at least a year after ACTIVIST.
        PROBATIONARY: date = approval by the township-level committee (within 3 months of the branch meeting, \
        6 with lateApprovalReason); introducers (two full members, 入党介绍人); trainingDays ≥ 3 or trainingHours ≥ 24; \
        branchMeetingDate and votesEntitled/votesPresent/votesFor/votesAgainst (支部大会讨论).
        EXTEND_PROBATION: extensionMonths (6–12, once).
        FULL_MEMBER: not before the probation ends.
        REJECTED, WITHDRAWN: from any open stage; a note with the reason.""")
public record TransitionRequest(
        @NotNull @Schema(example = "ACTIVIST", required = true) TransitionKind kind,
        @NotNull @Schema(description = "The date of the step; never in the future, never before the previous step.",
                example = "2019-04-10", required = true) LocalDate date,
        @Schema(example = "2019-03-15") LocalDate talkDate,
        @Size(max = 10) @Schema(example = "[{\"name\":\"王建国\",\"memberId\":10234},{\"name\":\"张丽\"}]")
        List<@Valid PersonRef> cultivators,
        @Size(max = 10) @Schema(example = "[{\"name\":\"王建国\",\"memberId\":10234},{\"name\":\"赵强\"}]")
        List<@Valid PersonRef> introducers,
        @Min(0) @Max(365) @Schema(description = "Days of the short training (集中培训) before admission.", example = "3") Integer trainingDays,
        @Min(0) @Max(10000) @Schema(description = "Hours of the short training.", example = "24") Integer trainingHours,
        @Schema(description = "支部大会讨论 date; probation runs one year from it.", example = "2020-10-15") LocalDate branchMeetingDate,
        @Min(1) @Max(100000) @Schema(description = "Full members entitled to vote (应到会有表决权的正式党员).", example = "23") Integer votesEntitled,
        @Min(0) @Max(100000) @Schema(example = "20") Integer votesPresent,
        @Min(0) @Max(100000) @Schema(example = "19") Integer votesFor,
        @Min(0) @Max(100000) @Schema(example = "1") Integer votesAgainst,
        @Size(max = 500) @Schema(description = "Why the approval took more than 3 months.", example = "乡镇党委换届，审批会议推迟")
        String lateApprovalReason,
        @Schema(example = "6") Integer extensionMonths,
        @Size(max = 500) @Schema(example = "经支部委员会研究") String note) {
}
