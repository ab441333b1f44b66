package org.ruralrevival.talent.expert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Expert")
public record ExpertDto(
        @Schema(example = "6") long id,
        @Schema(example = "高志远") String name,
        @Schema(example = "EXPERT") ExpertKind kind,
        @Schema(example = "病虫害防治") String field,
        @Schema(example = "150621000000") String regionCode,
        @Schema(example = "达拉特旗农牧局") String unit,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    static ExpertDto of(Expert e) {
        return new ExpertDto(e.id, e.name, e.kind, e.field, e.regionCode, e.unit, e.version);
    }
}
