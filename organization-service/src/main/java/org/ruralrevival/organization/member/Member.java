package org.ruralrevival.organization.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/**
 * A party member (党员). The ID and phone numbers are only held encrypted; there is deliberately
 * no toString, so a log line can never print them.
 */
@Entity
@Table(name = "party_member")
public class Member extends BaseEntity {

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    /** The organization's region, copied so region-scoped queries need no join. */
    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    @Column(nullable = false, length = 50)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Gender gender;

    /** 民族, e.g. 汉族, 蒙古族. */
    @Column(length = 20)
    public String ethnicity;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Education education;

    /** AES-GCM ciphertext of the normalized ID number (PersonalData.encrypt). */
    @Column(name = "id_number_enc", nullable = false, length = 128)
    public String idNumberEncrypted;

    /** Keyed hash of the normalized ID number: the natural key. */
    @Column(name = "id_number_hash", nullable = false, length = 64)
    public String idNumberHash;

    @Column(name = "phone_enc", length = 128)
    public String phoneEncrypted;

    /** 入党日期: admission as probationary member. */
    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    /** 转正日期. */
    @Column(name = "full_member_on")
    public LocalDate fullMemberOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MemberStatus status;

    /** Date of transfer out or death, so year-end figures can tell who was still a member. */
    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "flowing_away", nullable = false)
    public boolean flowingAway;

    @Column(name = "flowing_where", length = 200)
    public String flowingWhere;

    @Column(name = "flowing_since")
    public LocalDate flowingSince;

    /** 共产党员户 door plate installed on. */
    @Column(name = "door_plate_on")
    public LocalDate doorPlateOn;

    @Column(name = "external_system", length = 50)
    public String externalSystem;

    @Column(name = "external_id", length = 100)
    public String externalId;
}
