package org.kiloguardian.financial.schedule;

public enum ScheduleKind {
    /** waits on each due date to be paid by hand ({@code /bills/{id}/pay}) */
    BILL,
    /** books its transaction by itself on each due date */
    RECURRING
}
