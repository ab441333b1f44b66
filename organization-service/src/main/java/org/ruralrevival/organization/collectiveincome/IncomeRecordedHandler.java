package org.ruralrevival.organization.collectiveincome;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.ruralrevival.platform.events.ChangeEventHandler;
import org.ruralrevival.platform.events.EventPayloads;
import org.ruralrevival.platform.events.ReceivedEvent;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;

/**
 * Keeps a copy of each village's yearly collective income (村集体经济收入) from economy-service's
 * {@code income} events: a county rates its village branches (十星级, 最强党支部) with the collective
 * economy in view, so a rating shows the village's income for the rated year.
 *
 * <p>Exactly once in effect: the inbox applies an event id once, the row is keyed by village and
 * year, and the sender's outbox position ({@code sequence}) decides between a correction and a
 * late copy of an older one, so a later correction always wins and a deleted account disappears.
 */
@ApplicationScoped
public class IncomeRecordedHandler extends ChangeEventHandler {

    public static final String ENTITY = "income";


    /** The part of economy-service's income representation kept here (recorded figures, yuan). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record IncomePayload(String villageCode, Integer year, BigDecimal operatingIncome, BigDecimal totalIncome,
            BigDecimal netIncome) {
    }

    private final EventPayloads payloads;
    private final CollectiveIncomes incomes;

    IncomeRecordedHandler(EventPayloads payloads, CollectiveIncomes incomes) {
        this.payloads = payloads;
        this.incomes = incomes;
    }

    @Override
    protected String entity() {
        return ENTITY;
    }

    @Override
    public void apply(ReceivedEvent event) {
        long seq = sequence(event);
        IncomePayload p = payloads.read(event, IncomePayload.class);
        new EventPayloads.Required().check("villageCode", p.villageCode()).check("year", p.year())
                .check("operatingIncome", p.operatingIncome()).check("totalIncome", p.totalIncome())
                .check("netIncome", p.netIncome())
                .rule(p.villageCode() != null && DivisionCode.problemWith(p.villageCode()) != null, "villageCode",
                        "event.payload.value", p.villageCode())
                .orRefuse();
        if (kindOf(event.type()).orElseThrow() == ChangeKind.DELETED) {
            incomes.remove(p.villageCode(), p.year(), seq);
        } else {
            incomes.upsert(new CollectiveIncome(p.villageCode(), p.year(), p.operatingIncome(), p.totalIncome(),
                    p.netIncome(), "yuan"), seq);
        }
    }

    /** The sender's outbox position: without it a correction could not be told from a late older copy. */
    private static long sequence(ReceivedEvent event) {
        try {
            long seq = event.sequence() == null ? -1 : Long.parseLong(event.sequence());
            if (seq > 0) {
                return seq;
            }
        } catch (NumberFormatException malformed) {
            // refused below
        }
        throw Problems.invalidField("sequence", "event.payload.value", String.valueOf(event.sequence()));
    }
}
