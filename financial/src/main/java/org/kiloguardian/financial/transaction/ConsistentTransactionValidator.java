package org.kiloguardian.financial.transaction;

import java.util.Objects;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.kiloguardian.financial.account.Account;

public class ConsistentTransactionValidator implements ConstraintValidator<ConsistentTransaction, TransactionRequest> {

    @Override
    public boolean isValid(TransactionRequest request, ConstraintValidatorContext context) {
        if (request == null || request.amount() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (request.amount().signum() == 0) {
            valid = reject(context, "amount", "must not be zero");
        }
        TransactionType type = request.type();
        if (type == TransactionType.INCOME && request.amount().signum() < 0
                || type == TransactionType.EXPENSE && request.amount().signum() > 0) {
            valid = reject(context, "type", "does not match the sign of amount (income is positive, expense negative)");
        }
        if (type == TransactionType.TRANSFER) {
            if (request.transferAccountId() == null) {
                valid = reject(context, "transferAccountId", "is required for a transfer");
            } else if (Objects.equals(request.transferAccountId(), ownAccountId(request))) {
                valid = reject(context, "transferAccountId", "must be another account than accountId");
            }
            if (request.category() != null && !request.category().isBlank()) {
                valid = reject(context, "category", "a transfer has no category");
            }
        } else if (request.transferAccountId() != null) {
            valid = reject(context, "transferAccountId", "is only for transfers (type transfer)");
        }
        return valid;
    }

    private static Long ownAccountId(TransactionRequest request) {
        return request.accountId() != null ? request.accountId() : Account.findDefault().map(account -> account.id).orElse(null);
    }

    private static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
