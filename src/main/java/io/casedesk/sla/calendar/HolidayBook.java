package io.casedesk.sla.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** All of a calendar's holiday sources, looked up once per year and indexed by date. */
final class HolidayBook {

    private final List<HolidaySource> sources;
    private final Map<Year, Map<LocalDate, List<Holiday>>> byYear = new ConcurrentHashMap<>();

    HolidayBook(List<HolidaySource> sources) {
        this.sources = List.copyOf(sources);
    }

    List<Holiday> on(LocalDate date) {
        if (sources.isEmpty()) {
            return List.of();
        }
        return byYear.computeIfAbsent(Year.from(date), this::load).getOrDefault(date, List.of());
    }

    private Map<LocalDate, List<Holiday>> load(Year year) {
        return sources.stream()
                .flatMap(source -> source.holidaysIn(year).stream())
                .collect(Collectors.groupingBy(Holiday::date));
    }

    List<HolidaySource> sources() {
        return sources;
    }
}
