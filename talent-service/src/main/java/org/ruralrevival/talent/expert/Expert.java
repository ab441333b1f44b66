package org.ruralrevival.talent.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.ruralrevival.platform.persistence.BaseEntity;

/** An expert, a local talent or a technology demonstration household, with the field they serve in. */
@Entity
@Table(name = "expert")
public class Expert extends BaseEntity {

    /** A person's name, or the household head's for a 科技示范户. */
    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ExpertKind kind;

    /** 农技, 病虫害防治, 畜牧兽医… */
    @Column(nullable = false, length = 100)
    public String field;

    /** The region the person serves (registered with). */
    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    @Column(length = 200)
    public String unit;
}
