package org.ruralrevival.economy.collective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A rural collective economic organization (村集体经济组织, often 股份经济合作社) of a village. */
@Entity
@Table(name = "collective_organization")
public class CollectiveOrganization extends BaseEntity {

    /** 统一社会信用代码: the natural key. */
    @Column(name = "credit_code", nullable = false, unique = true, length = 18, updatable = false)
    public String creditCode;

    /** True when an operator recorded a legacy code whose check character does not match. */
    @Column(name = "legacy_check_character", nullable = false)
    public boolean legacyCheckCharacter;

    @Column(nullable = false, length = 200)
    public String name;

    /** The village (or villager group / town, by the code's institution type) it belongs to. */
    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    /** 成员: registered members of the organization. */
    @Column(name = "member_count")
    public Integer memberCount;
}
