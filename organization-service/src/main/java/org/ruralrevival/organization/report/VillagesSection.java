package org.ruralrevival.organization.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.region.VillageFigures;
import org.ruralrevival.platform.report.Figure;

/** The region's towns and villages, grouped as the reports group them. */
@Schema(name = "OrganizationReportVillages")
public record VillagesSection(
        Figure towns,
        Figure villages,
        @Schema(description = "乡村振兴重点村") Figure keyVillages,
        @Schema(description = "软弱涣散村") Figure weakAndLax,
        @Schema(description = "集体经济薄弱村") Figure weakEconomy,
        @Schema(description = "示范村") Figure demonstration,
        @Schema(description = "示范引领 / 培育提升 / 相对后进 counts") Figure leading,
        Figure improving,
        Figure lagging) {

    static VillagesSection of(VillageFigures f) {
        return new VillagesSection(Figure.count(f.towns(), "town"), Figure.count(f.villages(), Figure.VILLAGE), Figure.count(f.keyVillages(), Figure.VILLAGE),
                Figure.count(f.weakAndLax(), Figure.VILLAGE), Figure.count(f.weakEconomy(), Figure.VILLAGE), Figure.count(f.demonstration(), Figure.VILLAGE),
                Figure.count(f.leading(), Figure.VILLAGE), Figure.count(f.improving(), Figure.VILLAGE), Figure.count(f.lagging(), Figure.VILLAGE));
    }
}
