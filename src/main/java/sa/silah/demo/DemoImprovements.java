package sa.silah.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.satisfaction.ImprovementDetails;
import sa.silah.satisfaction.ImprovementLog;
import sa.silah.shared.Dates;

/**
 * Three improvements of «you said, we did» (قلتم فعملنا), so that the public page and the managers' list show
 * what the feature is for. Only on a demo installation with its catalog and no improvement recorded yet.
 */
@Component
@Order(60)
class DemoImprovements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoImprovements.class);
    private static final String MANAGER = "manager";

    private final boolean enabled;
    private final ImprovementLog improvements;
    private final ServiceCatalog services;
    private final Clock clock;

    DemoImprovements(@Value("${silah.demo-data:true}") boolean enabled, ImprovementLog improvements,
            ServiceCatalog services, Clock clock) {
        this.enabled = enabled;
        this.improvements = improvements;
        this.services = services;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || services.findByCode("FOOD_BASKET").isEmpty()
                || !improvements.list(PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Dates.RIYADH));
        List<ImprovementDetails> made = List.of(
                new ImprovementDetails(
                        "أصبح بإمكانكم تتبع طلباتكم عبر الموقع برقم الطلب ورقم الجوال دون الحاجة إلى الاتصال.",
                        "You can now track your request on the website with its number and your mobile, "
                                + "without calling us.",
                        today.minusDays(40), null),
                new ImprovementDetails(
                        "قلّصنا مدة صرف السلة الغذائية من خمسة أيام عمل إلى يومين بعد ملاحظاتكم على التأخير.",
                        "After your comments on delays, we cut the time to deliver a food basket "
                                + "from five business days to two.",
                        today.minusDays(21), serviceId("FOOD_BASKET")),
                new ImprovementDetails(
                        "أضفنا قائمة واضحة بالمستندات المطلوبة لكل خدمة على الموقع لتقليل الطلبات المعادة.",
                        "We added a clear list of the documents each service needs on the website, "
                                + "so fewer requests come back.",
                        today.minusDays(7), serviceId("FINANCIAL_ASSISTANCE")));
        made.forEach(details -> improvements.create(details, MANAGER));
        log.info("Silah loaded {} demo improvements", made.size());
    }

    private Long serviceId(String code) {
        return services.findByCode(code).map(ServiceOffering::getId).orElse(null);
    }
}
