package org.kiloguardian.financial.transaction;

/** How many rows went, counting the other side of each deleted transfer. */
public record BulkDeleteResult(int deleted) {
}
