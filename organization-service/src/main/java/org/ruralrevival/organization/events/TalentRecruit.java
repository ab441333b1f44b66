package org.ruralrevival.organization.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of talent-service's recruit record this service needs: the full ID number, which the
 * event carries only masked. Other fields are ignored, so talent-service can add fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TalentRecruit(Long id, String idNumber) {

    @Override
    public String toString() {
        return "TalentRecruit[id=" + id + "]";
    }
}
