package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.database.HeldRow;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The attack review's first finding: a session cookie copied before logout still worked. Whatever
 * ends a user's sessions (logout, a password change by anyone, a role change, removing the user)
 * must end every session of that user at once, for a replayed copy of the cookie too.
 */
@QuarkusTest
class SessionEndTest {

    static final String NEW_PASSWORD = "a brand new passphrase";

    @Inject
    HouseholdUsers users;
    @Inject
    HeldRow row;

    @Test
    void aCookieCopiedBeforeLogoutIsRefusedAfterIt() {
        String member = users.create("replay", Role.MEMBER);
        BrowserLogin browser = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        String copy = browser.session();
        browser.cookieOnly().get("/api/habits").then().statusCode(200);

        browser.cookieOnly().get("/logout").then().statusCode(303);

        given().cookie(BrowserLogin.SESSION_COOKIE, copy).when().get("/api/habits").then().statusCode(401);
    }

    @Test
    void loggingOutEndsTheUsersOtherSessionsToo() {
        String member = users.create("twodevices", Role.MEMBER);
        BrowserLogin phone = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        BrowserLogin tablet = BrowserLogin.of(member, HouseholdUsers.PASSWORD);

        phone.cookieOnly().get("/logout").then().statusCode(303);

        tablet.cookieOnly().get("/api/habits").then().statusCode(401);
        phone.cookieOnly().get("/api/habits").then().statusCode(401);
    }

    /**
     * A member changes their password (it leaked) while an admin renames them. The rename read the
     * member before the change committed and wrote after it; its write used to put back every column
     * as it had read them: the old password, and the sessions the change had ended.
     */
    @Test
    void aPasswordChangedWhileAnAdminRenamesTheUserStaysChanged() throws Exception {
        String member = users.create("renamedpw", Role.MEMBER);
        long memberId = users.idOf(member);
        String admin = HouseholdUsers.tokenFor(users.create("renamer", Role.ADMIN));
        BrowserLogin browser = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        List<CompletableFuture<Integer>> answers = row.whileLocked("security.household_user", memberId, List.of(
                // the change is made and waits to write the row
                () -> browser.request().contentType(ContentType.JSON)
                        .body("{\"currentPassword\":\"" + HouseholdUsers.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")
                        .put("/api/users/me/password").statusCode(),
                // the rename reads the member as it was, then waits to write the row
                () -> given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"displayName\":\"Renamed meanwhile\"}")
                        .patch("/api/users/{id}", memberId).statusCode()));
        assertThat(answers.get(0).get(10, TimeUnit.SECONDS)).as("password changed").isEqualTo(204);
        assertThat(answers.get(1).get(10, TimeUnit.SECONDS)).as("renamed").isEqualTo(200);

        browser.cookieOnly().get("/api/habits").then().statusCode(401);
        assertThat(BrowserLogin.submit(member, HouseholdUsers.PASSWORD).getCookie(BrowserLogin.SESSION_COOKIE))
                .as("a session for the old password").isNull();
        BrowserLogin.of(member, NEW_PASSWORD).request().get("/api/users/me").then().statusCode(200)
                .body("displayName", equalTo("Renamed meanwhile"));
    }

    @Test
    void changingOnesOwnPasswordEndsEverySessionOfThatUser() {
        String member = users.create("ownpw", Role.MEMBER);
        BrowserLogin phone = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        BrowserLogin tablet = BrowserLogin.of(member, HouseholdUsers.PASSWORD);

        phone.request().contentType(ContentType.JSON)
                .body("{\"currentPassword\":\"" + HouseholdUsers.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")
                .put("/api/users/me/password").then().statusCode(204);

        phone.cookieOnly().get("/api/habits").then().statusCode(401);
        tablet.cookieOnly().get("/api/habits").then().statusCode(401);
        BrowserLogin.of(member, NEW_PASSWORD).cookieOnly().get("/api/habits").then().statusCode(200);
    }

    @Test
    void anAdminResettingAPasswordEndsThatUsersSessions() {
        String member = users.create("resetpw", Role.MEMBER);
        BrowserLogin memberBrowser = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        BrowserLogin admin = BrowserLogin.of(users.create("resetter", Role.ADMIN), HouseholdUsers.PASSWORD);

        admin.request().contentType(ContentType.JSON).body("{\"password\":\"" + NEW_PASSWORD + "\"}")
                .patch("/api/users/{id}", users.idOf(member)).then().statusCode(200);

        memberBrowser.cookieOnly().get("/api/habits").then().statusCode(401);
        admin.cookieOnly().get("/api/habits").then().statusCode(200);
    }

    @Test
    void aRoleChangeEndsThatUsersSessions() {
        String member = users.create("promoted", Role.MEMBER);
        BrowserLogin memberBrowser = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        BrowserLogin admin = BrowserLogin.of(users.create("promoter", Role.ADMIN), HouseholdUsers.PASSWORD);

        admin.request().contentType(ContentType.JSON).body("{\"role\":\"admin\"}")
                .patch("/api/users/{id}", users.idOf(member)).then().statusCode(200);

        memberBrowser.cookieOnly().get("/api/habits").then().statusCode(401);
        BrowserLogin.of(member, HouseholdUsers.PASSWORD).cookieOnly().get("/api/users").then().statusCode(200);
    }

    @Test
    void removingAUserEndsTheirSessions() {
        String member = users.create("removed", Role.MEMBER);
        BrowserLogin memberBrowser = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        BrowserLogin admin = BrowserLogin.of(users.create("remover", Role.ADMIN), HouseholdUsers.PASSWORD);

        admin.request().delete("/api/users/{id}", users.idOf(member)).then().statusCode(204);

        memberBrowser.cookieOnly().get("/api/habits").then().statusCode(401);
    }

    @Test
    void aDisplayNameChangeKeepsTheSession() {
        String member = users.create("renamed", Role.MEMBER);
        BrowserLogin memberBrowser = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        BrowserLogin admin = BrowserLogin.of(users.create("renamer", Role.ADMIN), HouseholdUsers.PASSWORD);

        admin.request().contentType(ContentType.JSON).body("{\"displayName\":\"Grandma\"}")
                .patch("/api/users/{id}", users.idOf(member)).then().statusCode(200);

        memberBrowser.cookieOnly().get("/api/habits").then().statusCode(200);
        assertThat(memberBrowser.cookieOnly().get("/api/users/me").then().extract().<String>path("displayName")).isEqualTo("Grandma");
    }
}
