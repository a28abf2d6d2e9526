package io.casedesk.sla.calendar;

import static io.casedesk.sla.calendar.TestCalendars.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each example policy's targets on its calendar, in the policy's own words (see POLICIES.md).
 * 2026 dates: June Mon 1 .. Fri 5, Sat 6, Mon 8; Thanksgiving Thu 26 Nov; 4 July is a Saturday so
 * Friday 3 July is the US day off; Good Friday 3 April, Easter Monday 6 April; Christmas Friday
 * 25 December, Boxing Day Saturday 26 so England rests Monday 28.
 */
class ExampleCalendarsTest {

    private static final Map<String, Supplier<BusinessCalendar>> CALENDARS = Map.of(
            "A", ExampleCalendars::policyA,
            "B-Florida", ExampleCalendars::policyBFlorida,
            "B-UK", ExampleCalendars::policyBUnitedKingdom,
            "B-France", ExampleCalendars::policyBFrance,
            "C", ExampleCalendars::policyC,
            "C-emergency", ExampleCalendars::policyCEmergency,
            "D", ExampleCalendars::policyD,
            "E-base", ExampleCalendars::policyEBaseTier,
            "E-upper", ExampleCalendars::policyEUpperTiers);

    @ParameterizedTest(name = "Policy {0}: {1} — received {3} is due {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # Policy A: core hours Mon-Fri 09:00-19:00 New York, US holidays.
            # 10 min Monday until 19:00, 20 min Tuesday from 09:00
            A | P1 response 30 minutes in core hours | 30 minutes | 2026-06-01T18:50-04:00 | 2026-06-02T09:20-04:00
            # 30 min Friday, 30 min Monday
            A | P2 response 1 working hour | 1 working hour | 2026-06-05T18:30-04:00 | 2026-06-08T09:30-04:00
            # Wednesday 11:00 is 2 h into the day; Thanksgiving is off, so Friday 09:00 + 2 h
            A | P3 response 1 working day | 1 working day | 2026-11-25T11:00-05:00 | 2026-11-27T11:00-05:00
            A | P4 received outside core hours: within the first day of core hours | end of first working day | 2026-06-06T10:00-04:00 | 2026-06-08T19:00-04:00
            A | every request answered within 60 minutes in core hours | 60 minutes | 2026-06-02T18:30-04:00 | 2026-06-03T09:30-04:00
            A | P2 resolution 1 week | 1 week | 2026-06-02T10:00-04:00 | 2026-06-09T10:00-04:00
            A | P3 resolution 1 month | 1 month | 2026-06-02T10:00-04:00 | 2026-07-02T10:00-04:00
            # Policy B: reply within one business day, Mon-Fri 09:00-17:00 in each region.
            # Thursday 15:00 is 6 h in; Christmas Friday off; Monday 09:00 + 6 h
            B-Florida | reply within one business day | 1 business day | 2026-12-24T15:00-05:00 | 2026-12-28T15:00-05:00
            # England also rests Monday 28 (Boxing Day substitute): Tuesday
            B-UK | reply within one business day | 1 business day | 2026-12-24T15:00Z | 2026-12-29T15:00Z
            # France has no Boxing Day: Monday
            B-France | reply within one business day | 1 business day | 2026-12-24T15:00+01:00 | 2026-12-28T15:00+01:00
            # Good Friday is a bank holiday in England: the clock starts Tuesday 09:00 after Easter Monday, due as Tuesday ends
            B-UK | reply within one business day | 1 business day | 2026-04-03T10:00+01:00 | 2026-04-07T17:00+01:00
            # France works Good Friday (1 h in) but not Easter Monday
            B-France | reply within one business day | 1 business day | 2026-04-03T10:00+02:00 | 2026-04-07T10:00+02:00
            # Florida works both
            B-Florida | reply within one business day | 1 business day | 2026-04-03T10:00-04:00 | 2026-04-06T10:00-04:00
            # a customer in Paris mails at 08:00 (+02:00) = 02:00 in Florida: the clock starts 09:00 there, due as that day ends
            B-Florida | reply within one business day | 1 business day | 2026-06-01T08:00+02:00 | 2026-06-01T17:00-04:00
            # Policy C: Mon-Fri 07:00-18:00 Chicago, US holidays; emergencies 24x7.
            # 30 min Friday until 18:00, then Monday 07:00 + 1 h 30
            C | P1 < 2 business hours | 2 business hours | 2026-06-05T17:30-05:00 | 2026-06-08T08:30-05:00
            # 4 h Tuesday until 18:00, 4 h Wednesday from 07:00
            C | P2 < 8 business hours | 8 business hours | 2026-06-02T14:00-05:00 | 2026-06-03T11:00-05:00
            # Wednesday 10:00 is 3 h in; Thanksgiving off: Friday (1), Monday (2) at 07:00 + 3 h
            C | P3 < 2 business days | 2 business days | 2026-11-25T10:00-06:00 | 2026-11-30T10:00-06:00
            # Thursday 12:00 is 5 h in; Friday 3 July off: Monday (1), Tuesday (2), Wednesday (3) at 12:00
            C | P4 < 3 business days | 3 business days | 2026-07-02T12:00-05:00 | 2026-07-08T12:00-05:00
            C-emergency | P1 emergency on a Saturday night, on call | 2 business hours | 2026-06-06T23:00-05:00 | 2026-06-07T01:00-05:00
            # 23:30 CST = 05:30Z; + 3 h = 08:30Z; Chicago went to CDT at 08:00Z: 03:30 CDT
            C-emergency | P1 emergency over the spring clock change | 3 business hours | 2026-03-07T23:30-06:00 | 2026-03-08T03:30-05:00
            # Policy D: business days Mon-Fri 09:00-17:00 New York, no holidays assumed.
            D | High response 1 business day | 1 business day | 2026-06-01T11:00-04:00 | 2026-06-02T11:00-04:00
            D | High resolution 5 business days | 5 business days | 2026-06-01T11:00-04:00 | 2026-06-08T11:00-04:00
            # Friday 16:00: Monday (1), Tuesday (2)
            D | Medium response 2 business days | 2 business days | 2026-06-05T16:00-04:00 | 2026-06-09T16:00-04:00
            # Friday 16:00: two whole weeks of working days later
            D | Medium resolution 10 business days | 10 business days | 2026-06-05T16:00-04:00 | 2026-06-19T16:00-04:00
            # Saturday: the clock starts Monday 8 June 09:00; Mon, Tue, Wed: due as Wednesday ends
            D | Low response 3 business days | 3 business days | 2026-06-06T12:00-04:00 | 2026-06-10T17:00-04:00
            # from Monday 8 June: three weeks of five days end Friday 26 June at 17:00
            D | Low resolution 15 business days | 15 business days | 2026-06-06T12:00-04:00 | 2026-06-26T17:00-04:00
            # no holidays on this calendar, so Thanksgiving is a business day
            D | High response 1 business day | 1 business day | 2026-11-25T10:00-05:00 | 2026-11-26T10:00-05:00
            # Policy E: base tier Mon-Fri 09:00-17:00 at GMT-5; upper tiers 24x7x365.
            # the clock starts at the next working hours: 30 min Friday, 30 min Monday
            E-base | Sev 1 acknowledged < 1 hour within support hours | 1 hour | 2026-06-05T16:30-05:00 | 2026-06-08T09:30-05:00
            E-base | Sev 2 acknowledged < 4 hours, received on Saturday | 4 hours | 2026-06-06T10:00-05:00 | 2026-06-08T13:00-05:00
            # 7 h Tuesday until 17:00, 1 h Wednesday
            E-base | Sev 3 acknowledged < 8 hours | 8 hours | 2026-06-02T10:00-05:00 | 2026-06-03T10:00-05:00
            # GMT-5 has no daylight saving: after New York's change the base tier still opens at 09:00 -05:00
            E-base | Sev 1 acknowledged < 1 hour across New York's clock change | 2 hours | 2026-03-06T16:00-05:00 | 2026-03-09T10:00-05:00
            E-base | complaints acknowledged within two working days | 2 working days | 2026-06-04T15:00-05:00 | 2026-06-08T15:00-05:00
            E-upper | Sev 1 acknowledged < 1 hour, 24x7x365, Sunday night | 1 hour | 2026-06-07T03:00-05:00 | 2026-06-07T04:00-05:00
            E-upper | Sev 1 acknowledged < 1 hour, on Christmas Day | 1 hour | 2026-12-25T10:00-05:00 | 2026-12-25T11:00-05:00
            """)
    void policyTargets(String policy, String rule, String target, String received, String due) {
        BusinessCalendar calendar = CALENDARS.get(policy).get();
        assertThat(SlaDuration.parse(target).dueFrom(calendar, at(received)))
                .as("Policy %s: %s", policy, rule)
                .isEqualTo(at(due));
    }

    @ParameterizedTest(name = "Policy {0} is {1} in {2}")
    @CsvSource(textBlock = """
            A,            Policy A core hours,        America/New_York, false
            B-Florida,    Policy B Florida,           America/New_York, false
            B-UK,         Policy B United Kingdom,    Europe/London,    false
            B-France,     Policy B France,            Europe/Paris,     false
            C,            Policy C business hours,    America/Chicago,  false
            C-emergency,  Policy C emergency on-call, America/Chicago,  true
            D,            Policy D business days,     America/New_York, false
            E-base,       Policy E base tier,         -05:00,           false
            E-upper,      Policy E upper tiers,       -05:00,           true
            """)
    void namedCalendars(String policy, String name, String zone, boolean twentyFourSeven) {
        BusinessCalendar calendar = CALENDARS.get(policy).get();
        assertThat(calendar.name()).isEqualTo(name);
        assertThat(calendar.zone().getId()).isEqualTo(zone);
        assertThat(calendar.isTwentyFourSeven()).isEqualTo(twentyFourSeven);
    }
}
