package org.ruralrevival.talent.dispatch;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A cadre sent from a unit to a village for a period (选派驻村). */
@Entity
@Table(name = "dispatch")
public class Dispatch extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public DispatchKind kind;

    @Column(name = "person_name", nullable = false, length = 50)
    public String personName;

    @Column(name = "member_id")
    public Long memberId;

    /** The sending unit (派出单位). */
    @Column(nullable = false, length = 200)
    public String unit;

    @Column(name = "village_code", nullable = false, length = 15)
    public String villageCode;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    /** Null while still in the village. */
    @Column(name = "to_date")
    public LocalDate toDate;

    @ElementCollection
    @CollectionTable(name = "dispatch_outcome", joinColumns = @JoinColumn(name = "dispatch_id"))
    @OrderBy("year")
    public List<Outcome> outcomes = new ArrayList<>();
}
