package org.ruralrevival.organization.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.TreeSet;
import org.ruralrevival.organization.member.Gender;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A member of a village's two committees (村两委成员) in one term, with the posts held. */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    public CommitteeTerm term;

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

    /** 民族, as written (汉族, 蒙古族…). */
    @Column(length = 30)
    public String ethnicity;

    @ElementCollection
    @CollectionTable(name = "committee_member_post", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "post", length = 32)
    public Set<CommitteePost> posts = new TreeSet<>();

    /** The party member record, when the person is one; no foreign key (another feature's table). */
    @Column(name = "party_member_id")
    public Long partyMemberId;

    @Column(name = "external_system", length = 50)
    public String externalSystem;

    @Column(name = "external_id", length = 100)
    public String externalId;

    /** 一肩挑: the party secretary is also the villagers' committee director. */
    public boolean oneShoulder() {
        return posts.contains(CommitteePost.PARTY_SECRETARY) && posts.contains(CommitteePost.VILLAGE_DIRECTOR);
    }

    /** Completed years at the election date, as the reports count age. */
    public int ageAtElection() {
        return Period.between(birthDate, term.electionDate).getYears();
    }
}
