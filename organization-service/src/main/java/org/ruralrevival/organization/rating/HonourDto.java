package org.ruralrevival.organization.rating;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Honour")
public record HonourDto(
        @Schema(example = "55") long id,
        @Schema(example = "1") long organizationId,
        @Schema(example = "RED_FLAG_VILLAGE") HonourKind kind,
        @Schema(example = "2020") int year,
        @Schema(example = "2020年度“红旗村”党组织") String title,
        @Schema(example = "中共许昌市建安区委") String issuer,
        @Schema(example = "0") long version) {

    static HonourDto of(Honour h) {
        return new HonourDto(h.id, h.organizationId, h.kind, h.year, h.title, h.issuer, h.version);
    }
}
