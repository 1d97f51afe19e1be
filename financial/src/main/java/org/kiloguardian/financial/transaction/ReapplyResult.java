package org.kiloguardian.financial.transaction;

public record ReapplyResult(int examined, int recategorised) {
}
