package org.kiloguardian.habits;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/habits")
@Produces(MediaType.APPLICATION_JSON)
public class HabitResource {

    @GET
    public List<Habit> list() {
        return Habit.listAll();
    }
}
