package org.ruralrevival.platform.bulk;

/** One record of an upload that bound and passed Bean Validation, with its row number in the upload. */
public record BulkItem<R>(long row, R request) {
}
