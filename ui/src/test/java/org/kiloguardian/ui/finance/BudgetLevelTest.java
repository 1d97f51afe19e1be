package org.kiloguardian.ui.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BudgetLevelTest {

    @Test
    void warnsFromNinetyAndAlertsFromAHundredPercent() {
        assertEquals(BudgetBar.Level.OK, BudgetBar.Level.of(new BigDecimal("89.9")));
        assertEquals(BudgetBar.Level.WARNING, BudgetBar.Level.of(new BigDecimal("90.0")));
        assertEquals(BudgetBar.Level.WARNING, BudgetBar.Level.of(new BigDecimal("99.9")));
        assertEquals(BudgetBar.Level.ALERT, BudgetBar.Level.of(new BigDecimal("100")));
        assertEquals(BudgetBar.Level.ALERT, BudgetBar.Level.of(new BigDecimal("250.5")));
    }
}
