package org.ruralrevival.talent.recruit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.platform.persistence.BaseEntity;

/** One dated step of a recruitment, with the evidence it was taken on. Never changed once recorded. */
@Entity
@Table(name = "recruit_transition")
public class RecruitTransition extends BaseEntity {

    @Column(name = "recruit_id", nullable = false)
    public Long recruitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public TransitionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 24)
    public RecruitStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 24)
    public RecruitStage toStage;

    @Column(name = "step_date", nullable = false)
    public LocalDate date;

    @Column(name = "talk_date")
    public LocalDate talkDate;

    @Column(name = "training_days")
    public Integer trainingDays;

    @Column(name = "training_hours")
    public Integer trainingHours;

    @Column(name = "branch_meeting_date")
    public LocalDate branchMeetingDate;

    @Column(name = "votes_entitled")
    public Integer votesEntitled;

    @Column(name = "votes_present")
    public Integer votesPresent;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    @Column(name = "late_approval_reason", length = 500)
    public String lateApprovalReason;

    @Column(name = "extension_months")
    public Integer extensionMonths;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @ElementCollection
    @CollectionTable(name = "recruit_transition_person", joinColumns = @JoinColumn(name = "transition_id"))
    @OrderColumn(name = "position")
    public List<TransitionPerson> people = new ArrayList<>();
}
