package org.ruralrevival.organization.activity;

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

/** One dated activity of organisation life held by an organization, with who attended. */
@Entity
@Table(name = "activity")
public class Activity extends BaseEntity {

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ActivityKind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate date;

    @Column(nullable = false, length = 200)
    public String topic;

    @ElementCollection
    @CollectionTable(name = "activity_attendee", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "member_id")
    public Set<Long> attendees = new TreeSet<>();
}
