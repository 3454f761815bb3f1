package id.rantai.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    /** Christmas and the collective leave day after it, 2026. */
    private final WorkingCalendar calendar =
            new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 24)));

    @Test
    void weekendsAndHolidaysAreNotCounted() {
        // Wednesday 23 Dec + 3 working days: Thu 24 and Fri 25 are holidays, weekend, so Mon 28, Tue 29, Wed 30.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 30)))
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 23)))
                .isZero();
    }

    @Test
    void theDayDependsOnTheOfficesZone() {
        // 16:30 UTC on Friday is still Friday in Jakarta (23:30 WIB) but already Saturday in Jayapura (01:30 WIT).
        Instant t = Instant.parse("2026-11-27T16:30:00Z");
        assertThat(calendar.isWorkingDay(LocalDate.ofInstant(t, OfficeTimeZone.WIB.zone())))
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.ofInstant(t, OfficeTimeZone.WIT.zone())))
                .isFalse();
    }
}
