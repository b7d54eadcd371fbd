package org.peermentor.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class PagingTest {

    @Test
    void aQueryThatNamesNoPageIsTheFirstPageOfTheDefaultSize() {
        assertThat(Paging.of(query())).isEqualTo(new Paging(0, Paging.DEFAULT_SIZE));
        assertThat(Paging.of(query("page", "", "size", " "))).isEqualTo(new Paging(0, Paging.DEFAULT_SIZE));
    }

    @Test
    void theQueryNamesThePageAndItsSize() {
        Paging third = Paging.of(query("page", "2", "size", "50"));

        assertThat(third).isEqualTo(new Paging(2, 50));
        assertThat(third.offset()).isEqualTo(100);
    }

    @Test
    void aFarPageOfALargeSizeStillCountsWhatComesBeforeIt() {
        assertThat(Paging.of(query("page", "3000000", "size", "1000")).offset()).isEqualTo(3_000_000_000L);
    }

    @Test
    void everyParameterOutOfRangeIsNamed() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> Paging.of(query("page", "-1", "size", "1001")))
                .satisfies(refused -> assertThat(refused.errors())
                        .containsExactly(
                                new FieldError("page", "must be 0 or more"),
                                new FieldError("size", "must be between 1 and 1000")));
    }

    @Test
    void aParameterThatIsNoWholeNumberIsNamed() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> Paging.of(query("page", "1", "size", "many")))
                .satisfies(refused ->
                        assertThat(refused.errors()).containsExactly(new FieldError("size", "must be a whole number")));
    }

    private static MultiValueMap<String, String> query(String... namesAndValues) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }
}
