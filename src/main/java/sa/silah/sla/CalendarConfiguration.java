package sa.silah.sla;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The application's business calendar, loaded from the database before anything can ask it for a due time. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    BusinessCalendar businessCalendar(CalendarProperties properties, Holidays holidays,
            WorkingHoursOverrides workingHours) {
        return new BusinessCalendar(properties, holidays.findAll(), workingHours.findAll());
    }

    /**
     * The periodic reload of {@link CalendarRefresh} runs wherever scheduling does: everywhere, unless tests
     * switch all scheduled work off with {@code silah.scheduling.enabled=false}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Scheduling {
    }
}
