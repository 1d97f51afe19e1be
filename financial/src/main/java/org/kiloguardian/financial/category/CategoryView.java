package org.kiloguardian.financial.category;

public record CategoryView(Long id, String name, boolean fallback) {

    static CategoryView of(Category category) {
        return new CategoryView(category.id, category.name, category.fallback);
    }
}
