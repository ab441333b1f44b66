package org.ruralrevival.talent.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A training session held for village cadres, members or farmers (头雁 training, 集中轮训…). */
@Entity
@Table(name = "training_session")
public class TrainingSession extends BaseEntity {

    /** The region whose people it trained: a county for a county-wide session, a village for a village's own. */
    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    @Column(name = "held_on", nullable = false)
    public LocalDate date;

    @Column(nullable = false, length = 200)
    public String topic;

    @Column(nullable = false, length = 100)
    public String organizer;

    @Column(length = 200)
    public String place;

    @Column(nullable = false, precision = 6, scale = 1)
    public BigDecimal hours;

    @ElementCollection
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    public List<Attendee> attendees = new ArrayList<>();
}
