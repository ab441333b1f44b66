package org.ruralrevival.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One village from all three services. Every part is as its service answers it (see that service's
 * schema of the same name); a part is null when it could not be had, and {@code missing} says why.
 */
@Schema(name = "VillageProfile")
public record VillageProfile(
        @Schema(example = "620123104201") String code,
        @Schema(description = "The region record (organization-service Region).", type = SchemaType.OBJECT)
        JsonNode region,
        @Schema(description = "Party organizations of the village (organization-service PartyOrganization).",
                type = SchemaType.ARRAY)
        JsonNode organizations,
        @Schema(description = "Their ratings, every year (organization-service Rating).", type = SchemaType.ARRAY)
        JsonNode ratings,
        @Schema(description = "The current two-committee term (村两委): the latest term year; null when the village "
                + "has none.", type = SchemaType.OBJECT)
        JsonNode committeeTerm,
        @Schema(description = "Members of the current term (organization-service CommitteeMember).",
                type = SchemaType.ARRAY)
        JsonNode committeeMembers,
        @Schema(description = "Collective income, every recorded year (economy-service Income).", type = SchemaType.ARRAY)
        JsonNode incomes,
        @Schema(description = "Projects the village takes part in (economy-service Project).", type = SchemaType.ARRAY)
        JsonNode projects,
        @Schema(description = "Reserve cadres (后备干部, talent-service ReserveCadre).", type = SchemaType.ARRAY)
        JsonNode reserveCadres,
        @Schema(description = "People sent to the village: first secretaries (第一书记) and work teams "
                + "(talent-service Dispatch).", type = SchemaType.ARRAY)
        JsonNode dispatches,
        @Schema(description = "The parts that are null because a service was down, slow or failed; empty when "
                + "every part is there.")
        List<Missing> missing) {
}
