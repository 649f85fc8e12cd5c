package sa.silah.notification;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationTemplates extends JpaRepository<NotificationTemplate, Long> {

    Optional<NotificationTemplate> findByTemplateKeyAndChannelAndLanguage(TemplateKey key, NotificationChannel channel,
            String language);

    Page<NotificationTemplate> findAllByOrderByTemplateKeyAscChannelAscLanguageAsc(Pageable pageable);
}
