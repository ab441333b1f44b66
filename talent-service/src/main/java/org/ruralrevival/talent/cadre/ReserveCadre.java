package org.ruralrevival.talent.cadre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;
import org.ruralrevival.talent.common.Gender;

/** A reserve cadre (村级后备干部) of one village. */
@Entity
@Table(name = "reserve_cadre")
public class ReserveCadre extends BaseEntity {

    @Column(name = "village_code", nullable = false, length = 15)
    public String villageCode;

    @Column(nullable = false, length = 50)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Education education;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public CadreCategory category;

    /** Where the person comes from, in the county's words (返乡大学生, 退役军人, 致富能手…). */
    @Column(length = 50)
    public String source;

    @Column(name = "party_member", nullable = false)
    public boolean partyMember;

    /** The day the person entered the reserve; the yearly figures count the reserve as of year end. */
    @Column(name = "reserved_on", nullable = false)
    public LocalDate reservedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CadreStatus status = CadreStatus.RESERVE;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public CommitteePost post;

    @Column(name = "appointed_on")
    public LocalDate appointedOn;

    /** The two committees' term (换届 year) the appointment belongs to. */
    @Column(name = "term_year")
    public Integer termYear;
}
