package org.ruralrevival.talent.wealthleader;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WealthLeaderEntry")
public record LedgerEntryDto(
        @Schema(example = "3") long id,
        @Schema(example = "MEMBER_TO_LEADER") LedgerKind kind,
        @Schema(example = "620123104201") String villageCode,
        @Schema(example = "马永福") String personName,
        @Schema(example = "10877") Long memberId,
        @Schema(example = "true") boolean villageCadre,
        @Schema(example = "肉羊养殖") String industry,
        @Schema(example = "2021-03-01") LocalDate startedOn,
        @Schema(example = "2022-06-30") LocalDate achievedOn,
        String note,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    static LedgerEntryDto of(LedgerEntry e) {
        return new LedgerEntryDto(e.id, e.kind, e.villageCode, e.personName, e.memberId, e.villageCadre, e.industry,
                e.startedOn, e.achievedOn, e.note, e.version);
    }
}
