package sa.silah.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.beneficiary.ConsentNotice;
import sa.silah.shared.CurrentActor;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The privacy notice's versions: the one in force, any earlier one, and publishing the next. It is also the
 * registry's {@link ConsentNotice}, so every consent names the version in force when it was recorded.
 */
@Service
@Transactional
public class PrivacyNoticeLibrary implements ConsentNotice {

    /** The audit subject type of a privacy notice version. */
    public static final String SUBJECT = "PRIVACY_NOTICE";

    private final PrivacyNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrivacyNoticeLibrary(PrivacyNotices notices, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** The version in force: the newest published. */
    @Transactional(readOnly = true)
    public PrivacyNotice current() {
        return notices.findFirstByOrderByVersionDesc()
                .orElseThrow(() -> new RecordNotFoundException("privacy notice", "current"));
    }

    @Transactional(readOnly = true)
    public PrivacyNotice version(int number) {
        return notices.findByVersion(number).orElseThrow(() -> new RecordNotFoundException("privacy notice", number));
    }

    /** Every version, the newest first. */
    @Transactional(readOnly = true)
    public Page<PrivacyNotice> versions(Pageable pageable) {
        return notices.findAllByOrderByVersionDesc(pageable);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Integer> versionInForce() {
        return notices.findFirstByOrderByVersionDesc().map(PrivacyNotice::getVersion);
    }

    /**
     * Publishes the texts as the next version, in force from now on.
     *
     * @throws InvalidFieldsException naming {@code textAr} or {@code textEn}, or, when another version was
     *         published at the same moment, {@code version}
     */
    public PrivacyNotice publish(String textAr, String textEn) {
        int next = versionInForce().orElse(0) + 1;
        String actor = CurrentActor.name();
        PrivacyNotice notice = PrivacyNotice.publish(next, textAr, textEn, clock.instant(), actor);
        try {
            notices.saveAndFlush(notice);
        }
        catch (DataIntegrityViolationException raced) {
            throw new InvalidFieldsException(List.of(new FieldProblem("version", "privacyNotice.raced")));
        }
        events.publishEvent(new RecordChanged(SUBJECT, Integer.toString(next), "PUBLISHED", actor,
                List.of(new FieldChange("version", next == 1 ? null : Integer.toString(next - 1),
                        Integer.toString(next))), notice.getPublishedAt()));
        return notice;
    }
}
