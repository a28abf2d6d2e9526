package io.casedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Instants as clients send them: offsets, Z and zone ids are all one instant; a bare local time is refused. */
class DateTimeInputTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-04T16:00:00-06:00                  | 2026-12-04T22:00:00Z
            2026-12-04T22:00:00Z                       | 2026-12-04T22:00:00Z
            2026-12-04T22:00z                          | 2026-12-04T22:00:00Z
            2026-12-04T16:00:00[America/Chicago]       | 2026-12-04T22:00:00Z
            2026-12-04T16:00:00-06:00[America/Chicago] | 2026-12-04T22:00:00Z
            # summer: Chicago is -05:00
            2026-06-02T14:00:00[America/Chicago]       | 2026-06-02T19:00:00Z
            2026-06-02T14:00:00.250[Europe/London]     | 2026-06-02T13:00:00.250Z
            # a time the spring change skips moves forward by the gap: 02:30 CST does not exist, 03:30 CDT does
            2026-03-08T02:30:00[America/Chicago]       | 2026-03-08T08:30:00Z
            # the hour the autumn change repeats: the earlier (daylight) offset, unless one is given
            2026-11-01T01:30:00[America/Chicago]       | 2026-11-01T06:30:00Z
            2026-11-01T01:30:00-06:00[America/Chicago] | 2026-11-01T07:30:00Z
            """)
    void readsOffsetsAndZones(String text, String instant) {
        assertThat(DateTimeInput.parse(text).toInstant()).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-04T16:00:00                        | needs an offset or zone
            2026-12-04                                 | is not a date-time with an offset or zone
            yesterday                                  | is not a date-time with an offset or zone
            2026-12-04T16:00:00[Mars/Olympus]          | is not a date-time with an offset or zone
            2026-12-04T16:00:00-07:00[America/Chicago] | is not the offset of America/Chicago
            """)
    void refusesWhatNamesNoInstant(String text, String message) {
        assertThatThrownBy(() -> DateTimeInput.parse(text)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining(message)
                .hasMessageContaining(text);
    }
}
