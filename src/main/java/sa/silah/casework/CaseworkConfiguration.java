package sa.silah.casework;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sa.silah.sla.BusinessCalendar;

@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

    @Bean
    SlaClock slaClock(BusinessCalendar calendar, CaseworkProperties properties) {
        return new SlaClock(calendar, properties.atRiskShare());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
