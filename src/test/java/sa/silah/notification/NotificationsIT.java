package sa.silah.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Request;
import sa.silah.casework.RequestEvents.RequestAtRisk;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.UploadedFile;
import sa.silah.casework.RequestEvents.RequestSubmitted;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.inbound.WhatsAppDeliveries;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request events become stored messages on the right channel, in the right language, once; the dispatcher
 * sends them to the development outbox (no gateway is configured here), keeping quiet hours.
 */
@IntegrationTest
class NotificationsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    Casework casework;

    @Autowired
    Notifier notifier;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    RequestNotifications listener;

    @Autowired
    IncompleteEventPublications incompletePublications;

    @Autowired
    Notifications notifications;


    @Autowired
    JdbcTemplate jdbc;

    NotificationFixture fixture;
    String officer;
    String manager;

    @BeforeEach
    void fixture() {
        fixture = new NotificationFixture(departments, services, staff, registry);
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        manager = TestAccounts.ensure(staff, Role.MANAGER);
    }

    @Test
    void aRequestSubmittedThroughTheApiProducesExactlyOneArabicReceivedMessageOnTheBeneficiarysChannel() throws Exception {
        String ref = submit(fixture.smsBeneficiary());
        Request request = casework.findById(requestId(ref)).orElseThrow();

        List<Notification> messages = messagesOf(ref);
        assertThat(messages).hasSize(1);
        Notification received = messages.get(0);
        assertThat(received.getTemplateKey()).isEqualTo(TemplateKey.REQUEST_RECEIVED);
        assertThat(received.getChannel()).isEqualTo(NotificationChannel.SMS);
        assertThat(received.getLanguage()).isEqualTo("ar");
        assertThat(received.getRecipient()).startsWith("+9665");
        assertThat(received.getBody()).startsWith("استلمنا طلبك " + ref)
                .contains(MessageValues.date(request.getDueAt(), "ar"))
                .contains("/track?ref=" + ref);
        assertThat(received.getStatus()).isEqualTo(MessageStatus.PENDING);

        dispatcher.dispatch(NotificationFixture.riyadh(1, 12, 0));

        Notification sent = messagesOf(ref).get(0);
        assertThat(sent.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.getProviderMessageId()).startsWith("dev-");
        assertThat(sent.getAttempts()).isEqualTo(1);
    }

    @Test
    void anEventDeliveredAgainCreatesNoSecondMessage() throws Exception {
        String ref = submit(fixture.smsBeneficiary());
        String id = requestId(ref).toString();
        assertThat(jdbc.update("update event_publication set completion_date = null, status = 'FAILED' "
                + "where event_type like '%RequestSubmitted' and serialized_event like ?", "%" + id + "%")).isEqualTo(1);

        incompletePublications.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof RequestSubmitted submitted
                        && submitted.referenceNumber().equals(ref));
        awaitListeners(ref);

        assertThat(jdbc.queryForObject("select completion_date from event_publication where serialized_event like ? "
                + "and event_type like '%RequestSubmitted'", Instant.class, "%" + id + "%")).isNotNull();
        assertThat(messagesOf(ref)).hasSize(1);
    }

    @Test
    void theBeneficiaryHearsOfEachStepWithTheReasonWhereThereIsOne() throws Exception {
        String ref = submit(fixture.smsBeneficiary());
        Caseworker caseworker = casework.caseworker(officer);

        for (var step : List.of(List.of("IN_PROGRESS", ""), List.of("AWAITING_BENEFICIARY", "صورة الهوية الوطنية"),
                List.of("IN_PROGRESS", ""), List.of("REJECTED", "الطلب خارج نطاق الخدمة"))) {
            casework.changeStatus(ref, RequestStatus.valueOf(step.get(0)), step.get(1), caseworker);
            awaitListeners(ref);
        }

        List<Notification> messages = messagesOf(ref);
        assertThat(messages).extracting(Notification::getTemplateKey).containsExactlyInAnyOrder(
                TemplateKey.REQUEST_RECEIVED, TemplateKey.REQUEST_IN_PROGRESS, TemplateKey.AWAITING_DOCUMENTS,
                TemplateKey.REQUEST_IN_PROGRESS, TemplateKey.REQUEST_REJECTED, TemplateKey.SURVEY_INVITATION);
        assertThat(only(messages, TemplateKey.AWAITING_DOCUMENTS).getBody()).contains("صورة الهوية الوطنية");
        assertThat(only(messages, TemplateKey.REQUEST_REJECTED).getBody()).contains("السبب: الطلب خارج نطاق الخدمة");
    }

    @Test
    void aNewDueTimeIsToldWithItsReasonButAPromiseMadeAtIntakeIsToldOnceInTheReceivedMessage() throws Exception {
        Instant promised = NotificationFixture.riyadh(20, 12, 0);
        String ref = submit(fixture.smsBeneficiary(),
                ",\"promisedDueAt\":\"%s\",\"dueChangeReason\":\"موعد اللجنة\"".formatted(promised));

        assertThat(messagesOf(ref)).singleElement().satisfies(received -> {
            assertThat(received.getTemplateKey()).isEqualTo(TemplateKey.REQUEST_RECEIVED);
            assertThat(received.getBody()).contains(MessageValues.date(promised, "ar"));
        });

        Instant later = NotificationFixture.riyadh(30, 12, 0);
        casework.changeDueTime(ref, later, "انتظار تقرير الزيارة", casework.caseworker(officer));
        awaitListeners(ref);

        assertThat(only(messagesOf(ref), TemplateKey.DUE_TIME_CHANGED).getBody())
                .contains(MessageValues.date(later, "ar")).contains("انتظار تقرير الزيارة");
    }

    @Test
    void aRequestAtRiskIsToldToItsAssigneeAndTheDepartmentsManagers() throws Exception {
        String departmentManager = "notify-manager-" + fixture.suffix.toLowerCase();
        staff.create(new StaffAccount(departmentManager, "مدير " + fixture.suffix, null, fixture.department.getId(),
                Set.of(Role.MANAGER)), TestAccounts.PASSWORD);
        String ref = submit(fixture.smsBeneficiary());
        casework.assign(ref, fixture.staffMember, casework.caseworker(officer));
        awaitListeners(ref);
        Request request = casework.findById(requestId(ref)).orElseThrow();

        listener.on(new RequestAtRisk(request.getId(), ref, request.getDepartmentId(), request.getDueAt()));

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesOf(ref).stream()
                .filter(n -> n.getTemplateKey() == TemplateKey.REQUEST_AT_RISK).count() == 3);
        assertThat(messagesOf(ref)).filteredOn(n -> n.getTemplateKey() == TemplateKey.REQUEST_AT_RISK)
                .extracting(Notification::getStaffUsername, Notification::getChannel)
                .containsExactlyInAnyOrder(tuple(fixture.staffMember, NotificationChannel.IN_APP),
                        tuple(fixture.staffMember, NotificationChannel.EMAIL),
                        tuple(departmentManager, NotificationChannel.IN_APP));
    }

    @Test
    void anOptedOutChannelFallsBackToTheOtherContactInTheBeneficiarysLanguage() throws Exception {
        UUID beneficiary = fixture.beneficiary(TestData.mobile(), "noura." + fixture.suffix.toLowerCase() + "@example.com",
                ContactChannel.SMS, "en", Set.of(ContactChannel.SMS));

        String ref = submit(beneficiary);

        Notification received = messagesOf(ref).get(0);
        assertThat(received.getChannel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(received.getRecipient()).startsWith("noura.");
        assertThat(received.getLanguage()).isEqualTo("en");
        assertThat(received.getSubject()).isEqualTo("We received your request " + ref);
        assertThat(received.getBody()).contains("Food basket " + fixture.suffix);
    }

    @Test
    void aBeneficiaryOptedOutOfEveryChannelTheyCanBeReachedOnGetsNoMessage() throws Exception {
        String ref = submit(fixture.beneficiary(TestData.mobile(), null, null, null,
                Set.of(ContactChannel.SMS, ContactChannel.WHATSAPP)));

        assertThat(messagesOf(ref)).isEmpty();
    }

    @Test
    void textsDueInQuietHoursWaitUntilSevenButOneTimeCodesDoNot() throws Exception {
        String ref = submit(fixture.smsBeneficiary());
        UUID code = notifier.sendOneTimeCode("+966551230000", "482913", "ar");
        Instant lateEvening = NotificationFixture.riyadh(1, 23, 0);

        dispatcher.dispatch(lateEvening);

        Notification waiting = messagesOf(ref).get(0);
        assertThat(waiting.getStatus()).isEqualTo(MessageStatus.PENDING);
        assertThat(waiting.getNextAttemptAt()).isEqualTo(NotificationFixture.riyadh(2, 7, 0));
        Notification otp = notifications.findById(code).orElseThrow();
        assertThat(otp.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(otp.getBody()).contains("482913");

        dispatcher.dispatch(NotificationFixture.riyadh(2, 7, 0));
        assertThat(messagesOf(ref).get(0).getStatus()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void aWhatsAppDeliveryReportIsAppliedToTheMessageWithThatProviderId() throws Exception {
        String ref = submit(fixture.beneficiary(TestData.mobile(), null, ContactChannel.WHATSAPP, null, Set.of()));
        dispatcher.dispatch(NotificationFixture.riyadh(1, 12, 0));
        Notification sent = messagesOf(ref).get(0);
        assertThat(sent.getChannel()).isEqualTo(NotificationChannel.WHATSAPP);
        assertThat(sent.getProviderTemplate()).isEqualTo("silah_request_received");
        assertThat(json.readValue(sent.getParameters(), String[].class)).startsWith(ref);

        Instant delivered = NotificationFixture.riyadh(1, 12, 1);
        Instant read = NotificationFixture.riyadh(1, 12, 5);
        assertThat(notifier.apply(new DeliveryReport(sent.getProviderMessageId(), DeliveryReport.Status.ofWhatsApp("delivered"),
                delivered, null))).isTrue();
        assertThat(notifier.apply(new DeliveryReport(sent.getProviderMessageId(), DeliveryReport.Status.ofWhatsApp("read"),
                read, null))).isTrue();
        assertThat(notifier.apply(new DeliveryReport("wamid.unknown", DeliveryReport.Status.READ, read, null))).isFalse();

        Notification reported = messagesOf(ref).get(0);
        assertThat(reported.getDeliveredAt()).isEqualTo(delivered);
        assertThat(reported.getReadAt()).isEqualTo(read);

        notifier.apply(new DeliveryReport(sent.getProviderMessageId(), DeliveryReport.Status.FAILED, read,
                "131026 Message undeliverable"));
        assertThat(messagesOf(ref).get(0).getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(messagesOf(ref).get(0).getLastError()).isEqualTo("131026 Message undeliverable");
    }

    @Test
    void whatsAppsSignedStatusWebhookUpdatesTheMessageItIsAbout() throws Exception {
        String ref = submit(fixture.beneficiary(TestData.mobile(), null, ContactChannel.WHATSAPP, null, Set.of()));
        dispatcher.dispatch(NotificationFixture.riyadh(1, 12, 0));
        String providerId = messagesOf(ref).get(0).getProviderMessageId();
        long deliveredAt = NotificationFixture.riyadh(1, 12, 1).getEpochSecond();

        mvc.perform(WhatsAppDeliveries.delivery(WhatsAppDeliveries.statuses(providerId, deliveredAt)))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> messagesOf(ref).get(0).getStatus() == MessageStatus.FAILED);
        Notification reported = messagesOf(ref).get(0);
        assertThat(reported.getDeliveredAt()).isEqualTo(Instant.ofEpochSecond(deliveredAt));
        assertThat(reported.getLastError()).isEqualTo("131047 Re-engagement message");
    }

    @Test
    void aRequestAssignedBackToSomeoneTellsThemAgain() throws Exception {
        String ref = submit(fixture.smsBeneficiary());
        Caseworker assigning = casework.caseworker(officer);

        casework.assign(ref, fixture.staffMember, assigning);
        casework.assign(ref, officer, assigning);
        casework.assign(ref, fixture.staffMember, assigning);
        awaitListeners(ref);

        assertThat(messagesOf(ref)).filteredOn(n -> fixture.staffMember.equals(n.getStaffUsername())
                && n.getChannel() == NotificationChannel.IN_APP).hasSize(2);
    }

    @Test
    void theAssigneeIsToldWhenTheBeneficiarySendsTheDocumentsAndWhenTheyReply() throws Exception {
        UUID beneficiary = fixture.smsBeneficiary();
        String ref = submit(beneficiary);
        Caseworker handling = casework.caseworker(officer);
        casework.assign(ref, fixture.staffMember, handling);
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, handling);
        casework.changeStatus(ref, RequestStatus.AWAITING_BENEFICIARY, "صورة الهوية", handling);

        casework.uploadByBeneficiary(ref, beneficiary, List.of(new UploadedFile("هوية.pdf",
                new ByteArrayInputStream("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))));
        casework.replyByBeneficiary(ref, beneficiary, "أرسلت الصورة، شكرًا");
        awaitListeners(ref);

        assertThat(messagesOf(ref)).filteredOn(n -> fixture.staffMember.equals(n.getStaffUsername())
                && n.getChannel() == NotificationChannel.IN_APP).extracting(Notification::getTemplateKey)
                .contains(TemplateKey.DOCUMENTS_RECEIVED, TemplateKey.BENEFICIARY_REPLIED);
        assertThat(messagesOf(ref)).filteredOn(n -> n.getTemplateKey() == TemplateKey.BENEFICIARY_REPLIED)
                .extracting(Notification::getBody).allMatch(body -> body.contains(ref));
    }

    @Test
    void theAssigneeIsToldInSilahAndByEmailAndMarksItRead() throws Exception {
        String ref = submit(fixture.smsBeneficiary());

        casework.assign(ref, fixture.staffMember, casework.caseworker(officer));
        awaitListeners(ref);

        List<Notification> toStaff = messagesOf(ref).stream()
                .filter(n -> fixture.staffMember.equals(n.getStaffUsername())).toList();
        assertThat(toStaff).extracting(Notification::getChannel)
                .containsExactlyInAnyOrder(NotificationChannel.IN_APP, NotificationChannel.EMAIL);
        assertThat(toStaff).extracting(Notification::getTemplateKey).containsOnly(TemplateKey.ASSIGNED_TO_YOU);
        assertThat(toStaff).filteredOn(n -> n.getChannel() == NotificationChannel.EMAIL)
                .extracting(Notification::getRecipient).containsExactly(fixture.staffEmail);
        assertThat(notifier.unreadCount(fixture.staffMember)).isEqualTo(1);

        var me = user(fixture.staffMember).roles("STAFF");
        mvc.perform(get("/notifications/unread").with(me))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">1<")));
        mvc.perform(get("/notifications").with(me))
                .andExpect(status().isOk()).andExpect(content().string(containsString("أُسند إليك الطلب " + ref)));
        UUID inApp = toStaff.stream().filter(n -> n.getChannel() == NotificationChannel.IN_APP).findFirst().orElseThrow().getId();
        mvc.perform(post("/notifications/" + inApp + "/read").with(user("someone-else").roles("STAFF")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + inApp + "/read").with(me).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notifier.unreadCount(fixture.staffMember)).isZero();
    }

    @Test
    void theApiListsARequestsMessagesForManagersOnly() throws Exception {
        String ref = submit(fixture.smsBeneficiary());

        mvc.perform(get("/api/v1/notifications").param("requestRef", ref)
                .with(httpBasic(manager, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].channel").value("SMS"))
                .andExpect(jsonPath("$.content[0].templateKey").value("REQUEST_RECEIVED"))
                .andExpect(jsonPath("$.content[0].language").value("ar"))
                .andExpect(jsonPath("$.content[0].status").value("PENDING"))
                .andExpect(jsonPath("$.content[0].text", containsString(ref)))
                .andExpect(jsonPath("$.content[0].createdAt", endsWith("+03:00")));
        mvc.perform(get("/api/v1/notifications").param("requestRef", ref)
                .with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notifications").with(httpBasic(manager, TestAccounts.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestRef"));
    }

    @Test
    void theDevelopmentOutboxShowsAdministratorsTheRenderedText() throws Exception {
        String ref = submit(fixture.smsBeneficiary());
        dispatcher.dispatch(NotificationFixture.riyadh(1, 12, 0));

        mvc.perform(get("/admin/notifications").param("requestRef", ref).param("channel", "SMS")
                .with(user("outbox-admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("استلمنا طلبك " + ref)))
                .andExpect(content().string(containsString("صندوق التطوير")));
        mvc.perform(get("/admin/notifications").with(user("outbox-officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
    }

    private String submit(UUID beneficiary) throws Exception {
        return submit(beneficiary, "");
    }

    private String submit(UUID beneficiary, String moreFields) throws Exception {
        String body = """
                {"beneficiaryId":"%s","kind":"SERVICE","channel":"PHONE","serviceCode":"%s","subject":"طلب سلة غذائية"%s}"""
                .formatted(beneficiary, fixture.serviceCode, moreFields);
        String answer = mvc.perform(post("/api/v1/requests").with(httpBasic(officer, TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String ref = json.readTree(answer).path("referenceNumber").asString();
        awaitListeners(ref);
        return ref;
    }

    /**
     * The listeners run after the commit on another thread; this waits until every event about the request
     * has been handled (the registry marks each publication complete), so that assertions see the outcome.
     */
    private void awaitListeners(String ref) {
        String id = requestId(ref).toString();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Long.class, "%" + id + "%") == 0);
    }

    private UUID requestId(String ref) {
        return casework.find(ref, casework.caseworker(officer)).getId();
    }

    private static Notification only(List<Notification> messages, TemplateKey key) {
        return messages.stream().filter(n -> n.getTemplateKey() == key).findFirst().orElseThrow();
    }

    private List<Notification> messagesOf(String ref) {
        return notifier.ofRequest(ref, PageRequest.of(0, 50)).getContent();
    }
}
