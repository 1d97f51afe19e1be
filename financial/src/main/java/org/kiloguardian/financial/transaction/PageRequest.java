package org.kiloguardian.financial.transaction;

/** One page of a sorted list; pages count from 0. Ties are broken by id in the same direction. */
public record PageRequest(int page, int size, TransactionSort sort, boolean descending) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest first(int size) {
        return new PageRequest(0, size, TransactionSort.DATE, true);
    }
}
