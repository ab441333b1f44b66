package org.ruralrevival.talent.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ruralrevival.platform.problem.Problems;

/**
 * Today's date where the ledgers are kept (China by default), not on the server's clock: a step
 * recorded at 07:00 in Beijing is not "in the future" on a UTC server.
 */
@ApplicationScoped
public class Today {

    private final ZoneId zone;

    Today(@ConfigProperty(name = "talent.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public LocalDate date() {
        return LocalDate.now(zone);
    }

    /** 422 when {@code date} lies after today. */
    public void refuseFuture(LocalDate date) {
        LocalDate today = date();
        if (date != null && date.isAfter(today)) {
            throw Problems.unprocessable("talent.date.future", date, today);
        }
    }
}
