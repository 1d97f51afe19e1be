package org.kiloguardian.financial;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/financial/transactions")
@Produces(MediaType.APPLICATION_JSON)
public class TransactionResource {

    @GET
    public List<Transaction> list() {
        return Transaction.list("order by date desc, id desc");
    }
}
