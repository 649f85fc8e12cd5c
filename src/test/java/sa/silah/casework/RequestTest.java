package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.sla.BusinessCalendar;
import sa.silah.sla.BusinessDuration;
import sa.silah.sla.CalendarProperties;
import sa.silah.staff.Role;

class RequestTest {

    static final SlaClock CLOCK = new SlaClock(new BusinessCalendar(CalendarProperties.saudi(), List.of(), List.of()), 0.75);
    static final Caseworker OFFICER = new Caseworker("officer", null, Set.of(Role.OFFICER));
    static final Caseworker MANAGER = new Caseworker("manager", 1L, Set.of(Role.MANAGER));

    /** Thursday 26 November 2026, 15:00 in Riyadh. */
    static final Instant THURSDAY_AFTERNOON = riyadh("2026-11-26T15:00");

    static Instant riyadh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Dates.RIYADH).toInstant();
    }

    static Request submitted(Instant at, BusinessDuration promised) {
        return Request.submit(new Request.Intake(RequestKind.SERVICE, Channel.PHONE, UUID.randomUUID(), 1L, 1L,
                "طلب", null, null, null), "REQ-1448-000001", promised, at, CLOCK, "officer");
    }

    @Test
    void isDueOnTheCalendarNotTheClock() {
        Request request = submitted(THURSDAY_AFTERNOON, BusinessDuration.ofDays(1));
        assertThat(request.getDueAt()).isEqualTo(riyadh("2026-11-29T15:00"));
        assertThat(request.getAtRiskAt()).as("75 % of eight hours: six hours").isEqualTo(riyadh("2026-11-29T13:00"));
        assertThat(request.getHistory()).extracting(RequestHistoryEntry::getAction)
                .containsExactly(RequestHistoryEntry.Action.SUBMITTED);
    }

    @Test
    void refusesEveryTransitionTheWorkflowDoesNotHave() {
        for (RequestStatus from : List.of(RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS,
                RequestStatus.AWAITING_BENEFICIARY)) {
            for (RequestStatus to : RequestStatus.values()) {
                Request request = inStatus(from);
                if (from.next().contains(to)) {
                    request.changeStatus(to, "سبب", OFFICER, THURSDAY_AFTERNOON.plusSeconds(7200), CLOCK);
                    assertThat(request.getStatus()).as(from + " → " + to).isEqualTo(to);
                }
                else {
                    assertThatThrownBy(() -> request.changeStatus(to, "سبب", OFFICER,
                            THURSDAY_AFTERNOON.plusSeconds(7200), CLOCK))
                            .as(from + " → " + to).isInstanceOf(RequestTransitionException.class);
                    assertThat(request.getStatus()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void pausingMovesTheDueTimeByExactlyThePausedBusinessTime() {
        Request request = submitted(THURSDAY_AFTERNOON, BusinessDuration.ofDays(2));
        Instant due = request.getDueAt();
        request.changeStatus(RequestStatus.IN_PROGRESS, null, OFFICER, riyadh("2026-11-26T15:30"), CLOCK);
        request.changeStatus(RequestStatus.AWAITING_BENEFICIARY, "صورة الصك", OFFICER, riyadh("2026-11-26T15:30"), CLOCK);
        // Paused from Thursday 15:30 to Sunday 09:30: half an hour on Thursday and an hour and a half on Sunday.
        request.changeStatus(RequestStatus.IN_PROGRESS, null, OFFICER, riyadh("2026-11-29T09:30"), CLOCK);
        assertThat(request.getPausedDuration()).isEqualTo(BusinessDuration.ofHours(2));
        assertThat(request.getDueAt()).isEqualTo(CLOCK.shift(due, BusinessDuration.ofHours(2)));
    }

    @Test
    void closingRecordsTheBusinessTimeTakenWithoutThePauses() {
        Request request = submitted(THURSDAY_AFTERNOON, BusinessDuration.ofDays(1));
        request.changeStatus(RequestStatus.IN_PROGRESS, null, OFFICER, THURSDAY_AFTERNOON, CLOCK);
        request.changeStatus(RequestStatus.AWAITING_BENEFICIARY, "مستند", OFFICER, riyadh("2026-11-26T15:30"), CLOCK);
        request.changeStatus(RequestStatus.RESOLVED, "أُنجز", OFFICER, riyadh("2026-11-29T10:00"), CLOCK);
        assertThat(request.getBusinessMinutesToClose()).isEqualTo(30);
        assertThat(request.getClosedWithinDueTime()).isTrue();
    }

    @Test
    void rejectingAndCancellingNeedAReason() {
        Request request = inStatus(RequestStatus.IN_PROGRESS);
        assertThatThrownBy(() -> request.changeStatus(RequestStatus.REJECTED, " ", OFFICER, THURSDAY_AFTERNOON, CLOCK))
                .isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> request.changeStatus(RequestStatus.CANCELLED, null, OFFICER, THURSDAY_AFTERNOON, CLOCK))
                .isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void aManagerReopensAClosedRequestOnceWithAReason() {
        Request request = inStatus(RequestStatus.IN_PROGRESS);
        request.changeStatus(RequestStatus.RESOLVED, "أُنجز", OFFICER, THURSDAY_AFTERNOON, CLOCK);
        assertThatThrownBy(() -> request.changeStatus(RequestStatus.IN_PROGRESS, "خطأ", OFFICER, THURSDAY_AFTERNOON, CLOCK))
                .isInstanceOf(RequestTransitionException.class);
        assertThatThrownBy(() -> request.changeStatus(RequestStatus.IN_PROGRESS, null, MANAGER, THURSDAY_AFTERNOON, CLOCK))
                .isInstanceOf(InvalidFieldsException.class);
        request.changeStatus(RequestStatus.IN_PROGRESS, "لم يكتمل", MANAGER, THURSDAY_AFTERNOON, CLOCK);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.getClosedAt()).isNull();
        request.changeStatus(RequestStatus.RESOLVED, "اكتمل", OFFICER, THURSDAY_AFTERNOON, CLOCK);
        assertThatThrownBy(() -> request.changeStatus(RequestStatus.IN_PROGRESS, "مرة أخرى", MANAGER, THURSDAY_AFTERNOON, CLOCK))
                .isInstanceOf(RequestTransitionException.class)
                .extracting("messageKey").isEqualTo("request.reopen.onlyOnce");
    }

    @Test
    void anotherPromisedTimeNeedsAReasonAndIsRecorded() {
        Request request = submitted(THURSDAY_AFTERNOON, BusinessDuration.ofDays(1));
        Instant later = riyadh("2026-12-03T12:00");
        assertThatThrownBy(() -> request.changeDueTime(later, "", "officer", THURSDAY_AFTERNOON, CLOCK))
                .isInstanceOf(InvalidFieldsException.class);
        request.changeDueTime(later, "ينتظر تقرير الزيارة", "officer", THURSDAY_AFTERNOON, CLOCK);
        assertThat(request.getDueAt()).isEqualTo(later);
        assertThat(request.getHistory()).extracting(RequestHistoryEntry::getAction)
                .contains(RequestHistoryEntry.Action.DUE_TIME_CHANGED);
    }

    @Test
    void marksAtRiskAndBreachedOnceEachAndNotWhilePaused() {
        Request request = submitted(THURSDAY_AFTERNOON, BusinessDuration.ofDays(1));
        assertThat(request.markAtRiskIfDue(request.getAtRiskAt().minusSeconds(1))).isFalse();
        assertThat(request.markAtRiskIfDue(request.getAtRiskAt())).isTrue();
        assertThat(request.markAtRiskIfDue(request.getDueAt())).isFalse();
        assertThat(request.markBreachedIfDue(request.getDueAt())).isTrue();
        assertThat(request.markBreachedIfDue(request.getDueAt().plusSeconds(3600))).isFalse();

        Request paused = inStatus(RequestStatus.AWAITING_BENEFICIARY);
        assertThat(paused.markBreachedIfDue(paused.getDueAt().plusSeconds(86_400 * 30))).isFalse();
    }

    @Test
    void theBeneficiarysDocumentsResumeTheRequestAndMoveTheDueTimeByThePause() {
        Request request = submitted(THURSDAY_AFTERNOON, BusinessDuration.ofDays(2));
        Instant due = request.getDueAt();
        request.changeStatus(RequestStatus.IN_PROGRESS, null, OFFICER, riyadh("2026-11-26T15:30"), CLOCK);
        request.changeStatus(RequestStatus.AWAITING_BENEFICIARY, "صورة الصك", OFFICER, riyadh("2026-11-26T15:30"), CLOCK);

        request.documentsReceivedFromBeneficiary(riyadh("2026-11-29T09:30"), CLOCK);

        assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.getPausedSince()).isNull();
        assertThat(request.getDueAt()).isEqualTo(CLOCK.shift(due, BusinessDuration.ofHours(2)));
        assertThat(lastStepOf(request).getActor()).isEqualTo(Request.BENEFICIARY);
        assertThat(lastStepOf(request).getFromStatus()).isEqualTo(RequestStatus.AWAITING_BENEFICIARY);
    }

    @Test
    void documentsAreTakenOnlyWhileTheRequestAwaitsTheBeneficiary() {
        for (RequestStatus status : List.of(RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS)) {
            Request request = inStatus(status);
            assertThatThrownBy(() -> request.documentsReceivedFromBeneficiary(THURSDAY_AFTERNOON.plusSeconds(600), CLOCK))
                    .isInstanceOf(RequestTransitionException.class);
            assertThat(request.getStatus()).isEqualTo(status);
        }
    }

    @Test
    void theBeneficiaryCancelsTheirOpenRequestWithAReasonOnly() {
        for (RequestStatus status : List.of(RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS,
                RequestStatus.AWAITING_BENEFICIARY)) {
            Request request = inStatus(status);
            assertThatThrownBy(() -> request.cancelByBeneficiary(" ", THURSDAY_AFTERNOON.plusSeconds(600), CLOCK))
                    .isInstanceOf(InvalidFieldsException.class);
            request.cancelByBeneficiary("لم أعد أحتاجه", THURSDAY_AFTERNOON.plusSeconds(600), CLOCK);
            assertThat(request.getStatus()).isEqualTo(RequestStatus.CANCELLED);
            assertThat(request.getPausedSince()).isNull();
            assertThat(request.getClosingNote()).isEqualTo("لم أعد أحتاجه");
            assertThat(lastStepOf(request).getActor()).isEqualTo(Request.BENEFICIARY);
            assertThatThrownBy(() -> request.cancelByBeneficiary("مرة ثانية", THURSDAY_AFTERNOON.plusSeconds(900), CLOCK))
                    .isInstanceOf(RequestTransitionException.class);
        }
    }

    private static Request inStatus(RequestStatus status) {
        Request request = submitted(THURSDAY_AFTERNOON, BusinessDuration.ofDays(3));
        if (status != RequestStatus.SUBMITTED) {
            request.changeStatus(RequestStatus.IN_PROGRESS, null, OFFICER, THURSDAY_AFTERNOON.plusSeconds(60), CLOCK);
        }
        if (status == RequestStatus.AWAITING_BENEFICIARY) {
            request.changeStatus(RequestStatus.AWAITING_BENEFICIARY, "مستند", OFFICER, THURSDAY_AFTERNOON.plusSeconds(120), CLOCK);
        }
        return request;
    }

    private static RequestHistoryEntry lastStepOf(Request request) {
        return request.getHistory().get(request.getHistory().size() - 1);
    }
}
