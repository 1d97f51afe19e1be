package org.kiloguardian.financial.transaction;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** A filter plus the page to show. */
public class TransactionListParams extends TransactionFilterParams {

    @QueryParam("page")
    @Pattern(regexp = "\\d{1,6}", message = "must be a page number from 0")
    public String page;

    @QueryParam("size")
    @Pattern(regexp = "0*([1-9]\\d?|[1-4]\\d\\d|500)", message = "must be a page size from 1 to " + PageRequest.MAX_SIZE)
    public String size;

    public PageRequest toPageRequest() {
        int pageNumber = page == null || page.isBlank() ? 0 : Integer.parseInt(page.trim());
        int pageSize = size == null || size.isBlank() ? PageRequest.DEFAULT_SIZE : Integer.parseInt(size.trim());
        return new PageRequest(pageNumber, pageSize, sortOrDefault(), descending());
    }
}
