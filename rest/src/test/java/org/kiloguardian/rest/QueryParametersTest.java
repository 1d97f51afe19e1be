package org.kiloguardian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kiloguardian.rest.error.InvalidInput;

class QueryParametersTest {

    @Test
    void absentOrBlankIsNotGiven() {
        for (String absent : new String[] { null, "", "  " }) {
            assertThat(QueryParameters.date(absent, "from")).isNull();
            assertThat(QueryParameters.yesOrNo(absent, "active")).isNull();
            assertThat(QueryParameters.wholeNumber(absent, "days")).isNull();
            assertThat(QueryParameters.wholeNumber(absent, "limit", 1, 1000)).isNull();
        }
    }

    @Test
    void readableValuesAreRead() {
        assertThat(QueryParameters.date(" 2026-06-01 ", "from")).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(QueryParameters.yesOrNo("TRUE", "active")).isTrue();
        assertThat(QueryParameters.yesOrNo("false", "active")).isFalse();
        assertThat(QueryParameters.wholeNumber("-3", "days")).isEqualTo(-3);
        assertThat(QueryParameters.wholeNumber("1000", "limit", 1, 1000)).isEqualTo(1000);
    }

    @Test
    void aDateNoRecordCouldHoldIsA400Too() {
        assertThat(QueryParameters.date("0001-01-01", "from")).isEqualTo(StorableDates.FIRST);
        assertThat(QueryParameters.date("9999-12-31", "to")).isEqualTo(StorableDates.LAST);
        assertThat(StorableDates.RANGE).isEqualTo("from " + StorableDates.FIRST + " to " + StorableDates.LAST);
        for (String far : new String[] { "-999999999-01-01", "+999999999-12-31", "0000-12-31", "+10000-01-01" }) {
            assertThatThrownBy(() -> QueryParameters.date(far, "from")).as(far)
                    .isInstanceOf(InvalidInput.class).hasMessageStartingWith("from: ").hasMessageContaining("0001-01-01 to 9999-12-31");
        }
    }

    @Test
    void unreadableValuesAre400sNamingTheParameter() {
        assertThatThrownBy(() -> QueryParameters.date("yesterday", "from"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("from: ").hasMessageContaining("yesterday");
        assertThatThrownBy(() -> QueryParameters.yesOrNo("yes", "purge"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("purge: must be true or false");
        assertThatThrownBy(() -> QueryParameters.wholeNumber("2.5", "days"))
                .isInstanceOf(InvalidInput.class).hasMessage("days: must be a whole number, not \"2.5\".");
        assertThatThrownBy(() -> QueryParameters.wholeNumber("0", "limit", 1, 1000))
                .isInstanceOf(InvalidInput.class).hasMessage("limit: must be a whole number from 1 to 1000, not \"0\".");
    }

    @Test
    void personIsAnIdMeOrSharedAndAbsentMeansEveryone() {
        assertThat(QueryParameters.person(null, "person")).isEqualTo(PersonFilter.everyone());
        assertThat(QueryParameters.person(" ", "person")).isEqualTo(PersonFilter.everyone());
        assertThat(QueryParameters.person("12", "person")).isEqualTo(PersonFilter.of(12));
        assertThat(QueryParameters.person("ME", "person")).isEqualTo(PersonFilter.me());
        assertThat(QueryParameters.person("shared", "person")).isEqualTo(PersonFilter.shared());
        for (String wrong : new String[] { "0", "-3", "1.5", "everyone", "grandma", "12abc" }) {
            assertThatThrownBy(() -> QueryParameters.person(wrong, "person"))
                    .isInstanceOf(InvalidInput.class).hasMessageStartingWith("person: ").hasMessageContaining(wrong);
        }
    }

    @Test
    void aPersonFilterSelectsOwnersAndNeverMixesInTheSharedOnes() {
        java.util.Optional<Long> me = java.util.Optional.of(7L);
        assertThat(PersonFilter.everyone().owners(me).test(null)).isTrue();
        assertThat(PersonFilter.everyone().owners(me).test(3L)).isTrue();
        assertThat(PersonFilter.shared().owners(me).test(null)).isTrue();
        assertThat(PersonFilter.shared().owners(me).test(3L)).isFalse();
        assertThat(PersonFilter.of(3).owners(me).test(3L)).isTrue();
        assertThat(PersonFilter.of(3).owners(me).test(null)).isFalse();
        assertThat(PersonFilter.me().owners(me).test(7L)).isTrue();
        assertThat(PersonFilter.me().owners(me).test(null)).isFalse();
        assertThat(PersonFilter.me().owners(java.util.Optional.empty()).test(null)).isFalse();
        assertThatThrownBy(() -> PersonFilter.of(99).requireKnown(id -> false, "person"))
                .isInstanceOf(InvalidInput.class).hasMessage("person: no person has the id 99.");
        assertThat(PersonFilter.me().requireKnown(id -> false, "person")).isEqualTo(PersonFilter.me());
    }
}
