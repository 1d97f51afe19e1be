package org.kiloguardian.meds;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/meds")
@Produces(MediaType.APPLICATION_JSON)
public class MedicationResource {

    @GET
    public List<Medication> list() {
        return Medication.listAll();
    }
}
