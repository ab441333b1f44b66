package org.ruralrevival.talent.wealthleader;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** One person in a 双培双带 ledger: when the cultivation started and when it succeeded. */
@Entity
@Table(name = "wealth_leader_entry")
public class LedgerEntry extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public LedgerKind kind;

    @Column(name = "village_code", nullable = false, length = 15)
    public String villageCode;

    @Column(name = "person_name", nullable = false, length = 50)
    public String personName;

    @Column(name = "member_id")
    public Long memberId;

    /** A village cadre (村干部): counts towards the CADRE_TO_LEADER target. */
    @Column(name = "village_cadre", nullable = false)
    public boolean villageCadre;

    /** The line of business (养殖, 种植, 电商…). */
    @Column(length = 100)
    public String industry;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    /** Became a wealth leader / was admitted as a member; null while still being cultivated. */
    @Column(name = "achieved_on")
    public LocalDate achievedOn;

    @Column(length = 500)
    public String note;
}
