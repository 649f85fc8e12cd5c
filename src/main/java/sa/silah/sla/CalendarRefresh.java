package sa.silah.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the in-memory calendar current. The node where an administrator made the change reloads as soon
 * as it commits; every node also reloads on its own every {@code silah.calendar.refresh-interval}, which
 * is how a change reaches the other nodes. The two tables hold a few rows a year, so re-reading them is
 * cheaper and simpler than tracking versions. Every node must run this, so it takes no cluster lock.
 */
@Component
class CalendarRefresh implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

    private final BusinessCalendar calendar;
    private final Holidays holidays;
    private final WorkingHoursOverrides workingHours;
    private final CalendarProperties properties;
    private final TransactionTemplate reading;

    CalendarRefresh(BusinessCalendar calendar, Holidays holidays, WorkingHoursOverrides workingHours,
            CalendarProperties properties, PlatformTransactionManager transactions) {
        this.calendar = calendar;
        this.holidays = holidays;
        this.workingHours = workingHours;
        this.properties = properties;
        // Its own transaction: after a commit, the finished one must not be joined.
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
    }

    @TransactionalEventListener
    void on(BusinessCalendarChanged changed) {
        reload();
    }

    void reload() {
        reading.executeWithoutResult(status -> {
            var currentHolidays = holidays.findAll();
            var currentHours = workingHours.findAll();
            calendar.use(currentHolidays, currentHours);
            log.debug("Business calendar reloaded: {} holidays, {} ranges of other working hours",
                    currentHolidays.size(), currentHours.size());
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::reload, properties.refreshInterval(),
                properties.refreshInterval()));
    }
}
