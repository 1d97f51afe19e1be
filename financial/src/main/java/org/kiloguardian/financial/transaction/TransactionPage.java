package org.kiloguardian.financial.transaction;

import java.util.List;

/** One page of transactions and how many match in total. */
public record TransactionPage(List<TransactionView> items, int page, int size, long total, int totalPages) {
}
