package org.ruralrevival.gateway.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The views pass each service's answer through as it is (a {@code JsonNode} in Java), so the scanner
 * can only describe Jackson's node class. This points every part at the owning service's schema, which
 * the merged document holds, and drops Jackson's internals (generated clients would get a model
 * named {@code JsonNode} that clashes with Jackson's own).
 */
public class ViewSchemas implements OASFilter {

    /** Part name → the service schema it carries; {@code []} marks a list of them. */
    static final Map<String, Map<String, String>> PARTS = Map.of(
            "VillageProfile", Map.of(
                    "region", "Region",
                    "organizations", "PartyOrganization[]",
                    "ratings", "Rating[]",
                    "committeeTerm", "CommitteeTerm",
                    "committeeMembers", "CommitteeMember[]",
                    "incomes", "Income[]",
                    "projects", "Project[]",
                    "reserveCadres", "ReserveCadre[]",
                    "dispatches", "Dispatch[]"),
            "ReportSummary", Map.of(
                    "organization", "OrganizationReport",
                    "economy", "EconomyReport",
                    "talent", "TalentReport"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        PARTS.forEach((view, parts) -> {
            Schema schema = schemas.get(view);
            if (schema == null || schema.getProperties() == null) {
                return;
            }
            parts.forEach((property, target) -> {
                Schema old = schema.getProperties().get(property);
                String description = old == null ? null : old.getDescription();
                schema.addProperty(property, partSchema(target).description(description));
            });
        });
        api.getComponents().removeSchema("JsonNode");
        api.getComponents().removeSchema("JsonNodeType");
    }

    /** A part is null when its service could not answer (see {@code missing}), so null is allowed too. */
    private static Schema partSchema(String target) {
        if (target.endsWith("[]")) {
            String item = target.substring(0, target.length() - 2);
            return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).addType(Schema.SchemaType.NULL)
                    .items(OASFactory.createSchema().ref(item));
        }
        return OASFactory.createSchema()
                .addAnyOf(OASFactory.createSchema().ref(target))
                .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
    }
}
