package org.kiloguardian.financial.transaction;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Re-runs the categorisation rules over stored transactions on demand. */
@Path("/api/financial/rules/apply")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleReapplyResource {

    private final TransactionService transactions;

    RuleReapplyResource(TransactionService transactions) {
        this.transactions = transactions;
    }

    @POST
    public ReapplyResult apply(@Valid ReapplyRequest request) {
        return transactions.reapplyRules(request);
    }
}
