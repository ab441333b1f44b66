package org.ruralrevival.organization.partyorg;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A party organization (党组织): committee, general branch, branch or group. */
@Entity
@Table(name = "party_organization")
public class PartyOrganization extends BaseEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public OrganizationType type;

    @Column(name = "parent_id")
    public Long parentId;

    /** The region the organization belongs to (a town for a town committee, a village for its branch). */
    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    /** Villages (or other regions) it covers besides its own; a community committee covers many. */
    @ElementCollection
    @CollectionTable(name = "party_organization_region", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "region_code", length = 15)
    public Set<String> coveredRegions = new TreeSet<>();

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Column(name = "external_system", length = 50)
    public String externalSystem;

    @Column(name = "external_id", length = 100)
    public String externalId;
}
