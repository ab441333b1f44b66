package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import org.ruralrevival.platform.problem.ProblemException;

/**
 * Reads an upload one record at a time, so only the current record is in memory. A record that
 * cannot even be parsed comes back with its problem, and reading goes on where the format allows.
 */
interface RecordSource extends Closeable {

    /** One record, or the reason its text could not be read as one. */
    record Parsed(long row, ObjectNode node, ProblemException problem) {
    }

    /** The next record, or null at the end. */
    Parsed next() throws IOException;
}
