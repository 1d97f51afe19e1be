package org.kiloguardian.ui.dashboard;

import java.time.Clock;

import org.kiloguardian.financial.report.ReportService;
import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.household.HouseholdFormat;

/** A dashboard chart of the finance report's totals up to today, in the household's money format. */
abstract class ReportChartPanel extends Panel {

    protected final ReportService reports;
    protected final HouseholdFormat format;
    protected final Clock clock;

    protected ReportChartPanel(String id, String title, ReportService reports, HouseholdFormat format, Clock clock) {
        super(id, title);
        this.reports = reports;
        this.format = format;
        this.clock = clock;
    }
}
