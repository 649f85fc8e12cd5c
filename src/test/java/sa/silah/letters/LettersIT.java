package sa.silah.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Direction;
import sa.silah.casework.Interaction;
import sa.silah.casework.InteractionType;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FileDownload;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;
import sa.silah.test.TestData;

@IntegrationTest
class LettersIT {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

    @Autowired
    LetterRegister register;

    @Autowired
    Casework casework;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;


    LettersFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new LettersFixture(departments, services, staff, registry, casework);
    }

    @Test
    void numbersEachDirectionPerHijriYearOfRegistration() {
        Letter first = register.register(fixture.incoming("إفادة"), fixture.officer);
        Letter second = register.register(fixture.incoming("إفادة ثانية"), fixture.officer);
        Letter outgoing = register.register(fixture.outgoingAbout("رد", null, null), fixture.officer);

        int year = LetterNumber.hijriYearOf(LocalDate.now(Dates.RIYADH));
        assertThat(first.getNumber()).matches("IN-" + year + "-\\d{4,}");
        assertThat(outgoing.getNumber()).matches("OUT-" + year + "-\\d{4,}");
        assertThat(sequenceOf(second)).isEqualTo(sequenceOf(first) + 1);
        assertThat(first.getHijriYear()).isEqualTo(year);
    }

    @Test
    void numbersStayUniqueAndGaplessUnderConcurrentRegistration() throws Exception {
        int threads = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<String>>> registrations = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                registrations.add(() -> {
                    List<String> made = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        made.add(register.register(fixture.incoming("متزامن"), fixture.officer).getNumber());
                    }
                    return made;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> made : pool.invokeAll(registrations)) {
                all.addAll(made.get());
            }
            assertThat(Set.copyOf(all)).hasSize(threads * each);
            List<Long> sequences = all.stream().map(number -> LetterNumber.parse(number).orElseThrow().sequence())
                    .sorted().toList();
            assertThat(sequences.get(sequences.size() - 1) - sequences.get(0)).isEqualTo(threads * each - 1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedRegistrationGivesItsNumberBack() {
        Letter before = register.register(fixture.incoming("قبل"), fixture.officer);
        assertThatThrownBy(() -> register.register(fixture.incoming(" "), fixture.officer))
                .isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> register.register(new NewLetter(LetterDirection.INCOMING, LocalDate.now(Dates.RIYADH),
                "جهة", "موضوع", null, null, null, null, "REQ-1300-999999"), fixture.officer))
                .isInstanceOf(InvalidFieldsException.class);
        Letter after = register.register(fixture.incoming("بعد"), fixture.officer);
        assertThat(sequenceOf(after)).isEqualTo(sequenceOf(before) + 1);
    }

    @Test
    void aLetterAboutARequestGoesOnTheRequestsAndTheBeneficiarysTimeline() {
        Letter letter = register.register(fixture.outgoingAbout("رد على الطلب", null, fixture.request), fixture.officer);

        assertThat(letter.getBeneficiaryId()).as("taken from the request").isEqualTo(fixture.beneficiary);
        var officer = casework.caseworker(fixture.officer);
        List<Interaction> onRequest = casework.timelineOf(casework.find(fixture.request, officer), PageRequest.of(0, 10))
                .getContent();
        assertThat(onRequest).anySatisfy(contact -> {
            assertThat(contact.getType()).isEqualTo(InteractionType.LETTER);
            assertThat(contact.getDirection()).isEqualTo(Direction.OUTBOUND);
            assertThat(contact.getSummary()).isEqualTo(letter.getNumber() + " — رد على الطلب");
        });
        assertThat(casework.timelineOf(fixture.beneficiary, PageRequest.of(0, 10)).getContent())
                .anyMatch(contact -> contact.getSummary().startsWith(letter.getNumber()));
    }

    @Test
    void anIncomingLetterFromABeneficiaryGoesOnTheirTimelineInbound() {
        NewLetter fromThem = new NewLetter(LetterDirection.INCOMING, LocalDate.now(Dates.RIYADH), fixture.beneficiaryName,
                "طلب إفادة", null, null, null, fixture.otherBeneficiary, null);
        Letter letter = register.register(fromThem, fixture.officer);

        assertThat(casework.timelineOf(fixture.otherBeneficiary, PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(contact -> {
                    assertThat(contact.getDirection()).isEqualTo(Direction.INBOUND);
                    assertThat(contact.getRequestId()).isNull();
                    assertThat(contact.getSummary()).contains(letter.getNumber());
                });
    }

    @Test
    void refusesARequestOfAnotherBeneficiaryAndOneTheStaffMemberMayNotSee() {
        assertThatThrownBy(() -> register.register(fixture.outgoingAbout("رد", fixture.otherBeneficiary, fixture.request),
                fixture.officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("requestReference", "letter.request.otherBeneficiary")));
        assertThatThrownBy(() -> register.register(fixture.outgoingAbout("رد", null, fixture.request),
                fixture.otherDepartmentStaff))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("requestReference", "letter.request.unknown")));
    }

    @Test
    void checksEveryFieldAtOnce() {
        NewLetter empty = new NewLetter(LetterDirection.OUTGOING, null, "", null, null, "fr", "NO_SUCH_TEMPLATE",
                java.util.UUID.randomUUID(), null);
        assertThatThrownBy(() -> register.register(empty, fixture.officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("letterDate", "correspondent", "subject", "body", "language",
                                "templateCode", "beneficiaryId"));
    }

    @Test
    void anIncomingLetterCannotBeDatedAfterTodayNorOutsideTheHijriCalendar() {
        LocalDate today = LocalDate.now(Dates.RIYADH);
        assertThatThrownBy(() -> register.register(new NewLetter(LetterDirection.INCOMING, today.plusDays(1), "جهة",
                "موضوع", null, null, null, null, null), fixture.officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("letterDate", "letter.date.future")));
        assertThatThrownBy(() -> register.register(new NewLetter(LetterDirection.OUTGOING, LocalDate.of(1800, 1, 1),
                "جهة", "موضوع", "نص", null, null, null, null), fixture.officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("letterDate", "letter.date.outOfRange")));
    }

    @Test
    void draftsFromATemplateWithWhatIsKnownAndNumbersTheLetterWhenRegistered() {
        NewLetter entered = new NewLetter(LetterDirection.OUTGOING, LocalDate.of(2026, 11, 26), fixture.beneficiaryName,
                null, null, "ar", "REQUEST_REPLY", null, fixture.request);
        LetterRegister.Draft draft = register.draft("REQUEST_REPLY", entered, fixture.officer);

        assertThat(draft.subject()).isEqualTo("الرد على طلبكم رقم " + fixture.request);
        assertThat(draft.body()).contains("المكرم/ " + fixture.beneficiaryName)
                .contains("طلبكم رقم " + fixture.request + " بشأن " + fixture.serviceName);

        Letter letter = register.register(new NewLetter(LetterDirection.OUTGOING, entered.letterDate(),
                entered.correspondent(), draft.subject(), draft.body() + "\nرقم خطابنا {letterNumber}", "ar",
                "REQUEST_REPLY", null, fixture.request), fixture.officer);
        assertThat(letter.getBody()).endsWith("رقم خطابنا " + letter.getNumber());
    }

    @Test
    void aPlaceholderLeftUnfilledIsRefused() {
        NewLetter withPlaceholder = new NewLetter(LetterDirection.OUTGOING, LocalDate.now(Dates.RIYADH), "جهة",
                "بشأن {referenceNumber}", "نص", "ar", null, null, null);
        assertThatThrownBy(() -> register.register(withPlaceholder, fixture.officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("subject", "letter.placeholder.unfilled")));
    }

    @Test
    void keepsOneScanPerLetterRecognisedFromItsContent() throws Exception {
        Letter letter = register.register(fixture.incoming("مع صورة"), fixture.officer);
        assertThatThrownBy(() -> register.attachScan(letter.getNumber(),
                new ByteArrayInputStream("<html>".getBytes()), fixture.officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("file", "letter.scan.type")));

        register.attachScan(letter.getNumber(), new ByteArrayInputStream(PNG), fixture.officer);
        FileDownload scan = register.openScan(letter.getNumber());
        assertThat(scan.fileName()).isEqualTo(letter.getNumber() + ".png");
        assertThat(scan.content().getContentAsByteArray()).isEqualTo(PNG);
        assertThatThrownBy(() -> register.attachScan(letter.getNumber(), new ByteArrayInputStream(PNG), fixture.officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("file", "letter.scan.exists")));
    }

    @Test
    void filtersByDirectionYearBeneficiaryAndArabicNormalisedText() {
        String word = TestData.uniqueWord();
        Letter incoming = register.register(fixture.incoming("إفادة " + word + " للجمعية"), fixture.officer);
        Letter outgoing = register.register(fixture.outgoingAbout("رد " + word, fixture.beneficiary, null), fixture.officer);
        var newestFirst = PageRequest.of(0, 10, Sort.by(Sort.Order.desc("registeredAt")));

        assertThat(register.list(new LetterQuery(null, null, "افاده " + word, null), newestFirst))
                .extracting(Letter::getNumber).containsExactly(incoming.getNumber());
        assertThat(register.list(new LetterQuery(LetterDirection.OUTGOING, null, word, null), newestFirst))
                .extracting(Letter::getNumber).containsExactly(outgoing.getNumber());
        assertThat(register.list(new LetterQuery(null, incoming.getHijriYear() + 1, word, null), newestFirst)).isEmpty();
        assertThat(register.list(LetterQuery.ofBeneficiary(fixture.beneficiary), newestFirst))
                .extracting(Letter::getNumber).containsExactly(outgoing.getNumber());
        String numberPart = incoming.getNumber().substring(3);
        assertThat(register.list(new LetterQuery(LetterDirection.INCOMING, null, numberPart, null), newestFirst))
                .extracting(Letter::getNumber).containsExactly(incoming.getNumber());
    }

    @Test
    void aPageOfTheRegisterIsOneQueryAndItsCount() {
        for (int i = 0; i < 3; i++) {
            register.register(fixture.outgoingAbout("صفحة", fixture.beneficiary, null), fixture.officer);
        }
        QueryCount.reset();
        register.list(LetterQuery.ofBeneficiary(fixture.beneficiary), PageRequest.of(0, 2, Sort.by("registeredAt")));
        assertThat(QueryCount.statements()).isEqualTo(2);
    }

    private static long sequenceOf(Letter letter) {
        return LetterNumber.parse(letter.getNumber()).orElseThrow().sequence();
    }
}
