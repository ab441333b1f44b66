package org.ruralrevival.organization.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.ruralrevival.organization.member.Gender;

/**
 * talent-service's {@code reserve-cadre-appointed} event (its record CadreAppointed). Education
 * and post are talent-service's own names, mapped in {@link CadreAppointedHandler}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CadreAppointedPayload(
        Long reserveCadreId,
        String villageCode,
        String name,
        Gender gender,
        LocalDate birthDate,
        String education,
        Boolean partyMember,
        String post,
        LocalDate appointedOn,
        Integer termYear) {
}
