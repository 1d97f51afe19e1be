package org.kiloguardian.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BudgetLevelTest {

    @Test
    void warnsFromNinetyAndAlertsFromAHundredPercent() {
        assertThat(BudgetBar.Level.of(new BigDecimal("89.9"))).isEqualTo(BudgetBar.Level.OK);
        assertThat(BudgetBar.Level.of(new BigDecimal("90.0"))).isEqualTo(BudgetBar.Level.WARNING);
        assertThat(BudgetBar.Level.of(new BigDecimal("99.9"))).isEqualTo(BudgetBar.Level.WARNING);
        assertThat(BudgetBar.Level.of(new BigDecimal("100"))).isEqualTo(BudgetBar.Level.ALERT);
        assertThat(BudgetBar.Level.of(new BigDecimal("250.5"))).isEqualTo(BudgetBar.Level.ALERT);
    }
}
