package io.casedesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests count as sent by another site's page, from the headers a browser adds. */
class CrossSiteRequestFilterTest {

    @ParameterizedTest(name = "Sec-Fetch-Site={0}, Origin={1} → another site: {2}")
    @CsvSource(nullValues = "-", value = {
            "-,           -,                        false", // a program: no browser headers
            "same-origin, http://casedesk.example,  false",
            "none,        -,                        false", // typed into the address bar
            "cross-site,  https://evil.example,     true",
            "same-site,   https://other.casedesk.example, true",
            "CROSS-SITE,  -,                        true",
            "-,           https://casedesk.example, false", // an older browser on our own page
            "-,           https://evil.example,     true",
            "-,           http://casedesk.example,  true", // another scheme is another origin
            "-,           https://casedesk.example:8443, true",
            "-,           null,                     true" }) // sandboxed frame, data: or file: page
    void tellsAnotherSitesRequestsFromOurOwnAndFromPrograms(String fetchSite, String origin, boolean anotherSite) {
        var request = new MockHttpServletRequest("POST", "/api/customer/cases/CASE-1/confirm");
        request.setScheme("https");
        request.setServerName("casedesk.example");
        request.setServerPort(443);
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request)).isEqualTo(anotherSite);
    }
}
