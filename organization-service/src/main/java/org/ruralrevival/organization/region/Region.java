package org.ruralrevival.organization.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.ruralrevival.platform.persistence.BaseEntity;
import org.ruralrevival.platform.region.RegionLevel;

/** A division of the code tree, with the attributes reports group villages by. */
@Entity
@Table(name = "region")
public class Region extends BaseEntity {

    @Column(nullable = false, unique = true, length = 15, updatable = false)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    public RegionLevel level;

    @Column(name = "parent_code", length = 15, updatable = false)
    public String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public RegionKind kind;

    /** A county's own grouping, e.g. 沿滩村 / 梁外村 in 达拉特旗. */
    @Column(length = 50)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public VillageTier tier;

    /** 乡村振兴重点村. */
    @Column(name = "key_village", nullable = false)
    public boolean keyVillage;

    /** 软弱涣散村. */
    @Column(name = "weak_and_lax", nullable = false)
    public boolean weakAndLax;

    /** 集体经济薄弱村. */
    @Column(name = "weak_economy", nullable = false)
    public boolean weakEconomy;

    /** 示范村. */
    @Column(nullable = false)
    public boolean demonstration;
}
