package org.ruralrevival.organization.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** 党员联户: a household a member is linked to and looks after. */
@Entity
@Table(name = "member_household")
public class MemberHousehold extends BaseEntity {

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    /** 户主. */
    @Column(name = "household_head", nullable = false, length = 50)
    public String householdHead;

    /** 村民小组 the household lives in, when known. */
    @Column(name = "group_code", length = 15)
    public String groupCode;

    @Column(nullable = false, length = 200)
    public String address;

    @Column(name = "linked_on", nullable = false)
    public LocalDate linkedOn;
}
