package org.kiloguardian.financial.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.kiloguardian.financial.validation.Formatted;
import org.kiloguardian.financial.validation.TextFormat;
import org.kiloguardian.rest.error.InvalidInput;

@Path("/api/financial/summary")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    /** Ten years of months is plenty for a chart and keeps one request bounded. */
    private static final int MAX_MONTHS = 120;

    private final ReportService reports;
    private final Clock clock;

    SummaryResource(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** {@code from} and {@code to} (YYYY-MM-DD, both included) default to this month's first and last day. */
    @GET
    public Summary summary(@RestQuery @Formatted(TextFormat.DATE) String from,
            @RestQuery @Formatted(TextFormat.DATE) String to) {
        YearMonth thisMonth = YearMonth.now(clock);
        LocalDate start = from == null || from.isBlank() ? thisMonth.atDay(1) : TextFormat.date(from);
        LocalDate end = to == null || to.isBlank() ? thisMonth.atEndOfMonth() : TextFormat.date(to);
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "must not be before from.");
        }
        if (YearMonth.from(start).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(end))) {
            throw new InvalidInput("to", "the range may span at most " + MAX_MONTHS + " months.");
        }
        return reports.summary(start, end);
    }
}
