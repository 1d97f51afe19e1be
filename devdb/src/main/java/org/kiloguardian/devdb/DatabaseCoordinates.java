package org.kiloguardian.devdb;

/** Where a started PostgreSQL can be reached. */
record DatabaseCoordinates(String jdbcUrl, String username, String password) {
}
