package sa.silah.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import sa.silah.inbound.InboundMessages;
import sa.silah.inbound.WhatsAppMessage;
import sa.silah.staff.StaffManagement;

/**
 * Two WhatsApp messages from numbers no demo beneficiary holds, received the way the webhook receives them,
 * so that the unidentified contacts queue has something to link. Only on a demo installation whose queue has
 * never held a message.
 */
@Component
@Order(50)
class DemoInbound implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInbound.class);

    private final boolean enabled;
    private final InboundMessages inbound;
    private final StaffManagement staff;
    private final Clock clock;

    DemoInbound(@Value("${silah.demo-data:true}") boolean enabled, InboundMessages inbound, StaffManagement staff,
            Clock clock) {
        this.enabled = enabled;
        this.inbound = inbound;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !staff.exists("officer") || inbound.unidentified(false, PageRequest.of(0, 1)).hasContent()) {
            return;
        }
        Instant now = clock.instant();
        // Demo mobiles never start with 057, and the second sender writes from an Egyptian number.
        inbound.receive(new WhatsAppMessage("wamid.DEMO-UNIDENTIFIED-1", "966570001234", "أبو فيصل",
                "السلام عليكم، متى يبدأ التسجيل في دورة الحاسب القادمة؟", now.minus(Duration.ofHours(3))));
        inbound.receive(new WhatsAppMessage("wamid.DEMO-UNIDENTIFIED-2", "201001234567", "Mona",
                "أرسلت لكم صورة عقد الإيجار أمس، هل وصلت؟ الطلب باسم زوجي.", now.minus(Duration.ofMinutes(40))));
        log.info("Silah loaded 2 demo WhatsApp messages from unknown numbers");
    }
}
