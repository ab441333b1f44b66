package org.ruralrevival.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TabRowsTest {

    @Test
    void escapesWhatLoadDataReadsAsSyntaxAndWritesNullAsBackslashN() throws IOException {
        TabRows rows = new TabRows(2);
        rows.text("a\tb").text("line\nnext\r").text("C:\\dir").text("nul\0").text(null).text("\\N").endRow();
        rows.number(42).number((Long) null).bool(true).bool(false).date(LocalDate.of(2025, 12, 31)).date(null)
                .timestamp(Instant.parse("2026-01-02T03:04:05.123456Z")).text("党员").endRow();

        assertEquals(2, rows.rows());
        assertEquals("a\\tb\tline\\nnext\\r\tC:\\\\dir\tnul\\0\t\\N\t\\\\N\n"
                + "42\t\\N\t1\t0\t2025-12-31\t\\N\t2026-01-02 03:04:05.123456\t党员\n", rows.toString());
        assertEquals(rows.toString(), new String(rows.stream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aPlainValueIsCopiedUnchanged() {
        String json = "{\"name\":\"张三\",\"idNumber\":\"620102********1234\"}";
        assertEquals(json + "\n", new TabRows(1).text(json).endRow().toString());
    }

    @Test
    void switchedOffByConfigurationItIsNeverUsed() throws Exception {
        // No connection is needed to decide: the property alone turns the batched INSERT back on.
        assertFalse(new LoadData(false).usable(null, 2_000));
        assertFalse(new LoadData(true).usable(null, LoadData.MIN_ROWS - 1));
    }
}
