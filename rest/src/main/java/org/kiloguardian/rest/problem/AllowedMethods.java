package org.kiloguardian.rest.problem;

import java.util.Set;

/**
 * The HTTP methods a path allows, for the {@code Allow} header of a 405. The application that
 * knows its routes provides it; this module knows none.
 */
public interface AllowedMethods {

    Set<String> allowedMethods(String path);
}
