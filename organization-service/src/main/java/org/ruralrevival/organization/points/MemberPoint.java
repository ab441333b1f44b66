package org.ruralrevival.organization.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** 先锋指数 / 积分: one scored event of a member, plus or minus. */
@Entity
@Table(name = "member_point")
public class MemberPoint extends BaseEntity {

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "scored_on", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public int points;

    @Column(nullable = false, length = 50)
    public String category;

    @Column(length = 500)
    public String reason;
}
