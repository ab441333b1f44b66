package org.ruralrevival.economy.cooperative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A farmers' professional cooperative founded or led by a village party branch (党支部领办合作社). */
@Entity
@Table(name = "cooperative")
public class Cooperative extends BaseEntity {

    /** 统一社会信用代码 (93…), when registered; the natural key then. */
    @Column(name = "credit_code", length = 18, unique = true)
    public String creditCode;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "village_code", nullable = false, length = 15)
    public String villageCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "branch_role", nullable = false, length = 16)
    public BranchRole branchRole;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    /** e.g. 龙头企业+合作社+党组织+党员+农牧民. */
    @Column(name = "business_model", length = 500)
    public String businessModel;

    @Column(name = "founded_on")
    public LocalDate foundedOn;
}
