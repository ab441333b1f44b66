package org.ruralrevival.talent.recruit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;
import org.ruralrevival.talent.common.Gender;

/** A person in recruitment (发展党员), with the dates of the steps taken so far. */
@Entity
@Table(name = "recruit")
public class Recruit extends BaseEntity {

    @Column(nullable = false, length = 50)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "id_number_encrypted", nullable = false, length = 255)
    public String idNumberEncrypted;

    @Column(name = "id_number_hash", nullable = false, length = 64)
    public String idNumberHash;

    /** The hash while the recruitment is open, null once closed: one open recruitment per person. */
    @Column(name = "open_id_number_hash", length = 64)
    public String openIdNumberHash;

    @Column(name = "village_code", nullable = false, length = 15)
    public String villageCode;

    /** The party branch (an organization id in organization-service). */
    @Column(name = "branch_id")
    public Long branchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public RecruitSource source;

    @Column(name = "application_date", nullable = false)
    public LocalDate applicationDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public RecruitStage stage = RecruitStage.APPLICANT;

    /** The date of the latest step (the application until the first step); no step may be dated before it. */
    @Column(name = "last_step_date", nullable = false)
    public LocalDate lastStepDate;

    /** 谈话. */
    @Column(name = "talk_date")
    public LocalDate talkDate;

    @Column(name = "activist_date")
    public LocalDate activistDate;

    @Column(name = "development_target_date")
    public LocalDate developmentTargetDate;

    /** 支部大会讨论通过: the admission date; probation runs from it. */
    @Column(name = "branch_meeting_date")
    public LocalDate branchMeetingDate;

    /** 上级党委审批. */
    @Column(name = "approval_date")
    public LocalDate approvalDate;

    @Column(name = "probation_ends")
    public LocalDate probationEnds;

    @Column(name = "probation_extended", nullable = false)
    public boolean probationExtended;

    @Column(name = "full_member_date")
    public LocalDate fullMemberDate;

    /** The date of rejection or withdrawal. */
    @Column(name = "closed_on")
    public LocalDate closedOn;
}
