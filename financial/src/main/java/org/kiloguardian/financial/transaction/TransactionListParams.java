package org.kiloguardian.financial.transaction;

import org.jboss.resteasy.reactive.RestQuery;

import org.kiloguardian.rest.QueryParameters;

/** A filter plus the page to show. */
public class TransactionListParams extends TransactionFilterParams {

    /** six digits, as the pattern before allowed: more pages than a household fills */
    private static final int MAX_PAGE = 999_999;

    @RestQuery
    public String page;

    @RestQuery
    public String size;

    public PageRequest toPageRequest() {
        Integer pageNumber = QueryParameters.wholeNumber(page, "page", 0, MAX_PAGE);
        Integer pageSize = QueryParameters.wholeNumber(size, "size", 1, PageRequest.MAX_SIZE);
        return new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? PageRequest.DEFAULT_SIZE : pageSize,
                sortOrDefault(), descending());
    }
}
