package sa.silah.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.NeedAssessments;
import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.Relation;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.NewRequest;
import sa.silah.casework.ReceivedMessage;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.SocialPlatform;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.shared.Channel;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * Audience counts on a known data set of one city made for the test: each filter, and who is left out for want of
 * consent, by their opt-out (in the registry or recorded by outreach) and for want of an address, with how many.
 */
@IntegrationTest
class AudiencesIT {

    private static final Set<ContactChannel> SMS = EnumSet.of(ContactChannel.SMS);
    private static final Set<ContactChannel> ALL = EnumSet.allOf(ContactChannel.class);

    @Autowired
    Audiences audiences;
    @Autowired
    Outreach outreach;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    SegmentCatalog segments;
    @Autowired
    NeedAssessments assessments;
    @Autowired
    Casework casework;
    @Autowired
    ServiceCatalog services;
    @Autowired
    DepartmentManagement departments;
    @Autowired
    StaffManagement staff;

    OutreachFixture fixture;
    String segment;
    String service;
    UUID mother;
    UUID elder;
    UUID withoutConsent;
    UUID optedOutInRegistry;
    UUID emailOnly;
    UUID optedOutByOutreach;
    UUID waqf;
    UUID withdrew;

    @BeforeEach
    void aCityOfTen() {
        fixture = new OutreachFixture(registry);
        segment = segments.create("OUT_" + fixture.suffix, "شريحة " + fixture.suffix, "Segment " + fixture.suffix, 90)
                .getCode();
        String department = departments.create("OD_" + fixture.suffix, "إدارة " + fixture.suffix, "Dept " + fixture.suffix)
                .getCode();
        service = services.create(new ServiceDetails("OS_" + fixture.suffix, "سلة " + fixture.suffix,
                "Basket " + fixture.suffix, null, null, department, "P2D", List.of(), List.of(), true, true)).getCode();
        LocalDate today = LocalDate.now();

        mother = fixture.person(TestData.mobile(), null, ContactChannel.SMS, today.minusYears(35), List.of(segment),
                Set.of(), true);
        for (Relation child : List.of(Relation.SON, Relation.DAUGHTER)) {
            registry.addHouseholdMember(mother, new HouseholdMemberDetails("طفل " + TestData.uniqueWord(), child,
                    LocalDate.of(2016, 5, 1), null, true));
        }
        assertThat(assessments.assess(mother, NeedAssessments.GENERAL_FORM, answers("1800", "rented"),
                AssessedVia.INTERVIEW, "officer").getNeedLevel()).isEqualTo(NeedLevel.HIGH);
        elder = fixture.person(TestData.mobile(), "elder@example.com", ContactChannel.EMAIL, today.minusYears(70),
                List.of(), Set.of(), true);
        withoutConsent = fixture.person(TestData.mobile(), null, null, null, List.of(), Set.of(), false);
        optedOutInRegistry = fixture.person(TestData.mobile(), null, null, null, List.of(), Set.of(ContactChannel.SMS),
                true);
        emailOnly = fixture.person(null, "email-only@example.com", ContactChannel.EMAIL, null, List.of(), Set.of(), true);
        optedOutByOutreach = fixture.consenting(TestData.mobile());
        assertThat(outreach.optOut(optedOutByOutreach, ContactChannel.SMS, Outreach.VIA_OFFICER, "manager")).isTrue();
        assertThat(outreach.optOut(optedOutByOutreach, ContactChannel.SMS, Outreach.VIA_OFFICER, "manager")).isFalse();
        waqf = fixture.organisation(true);
        withdrew = fixture.consenting(TestData.mobile());
        registry.withdrawConsent(withdrew, ConsentPurpose.OUTREACH, Channel.PHONE);
        registry.anonymise(fixture.consenting(TestData.mobile()));

        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        Caseworker caseworker = casework.caseworker(officer);
        String received = casework.submit(new NewRequest(elder, RequestKind.SERVICE, Channel.PHONE, service, "سلة",
                null, null, null, null, null, null), caseworker).getReferenceNumber();
        casework.changeStatus(received, RequestStatus.IN_PROGRESS, null, caseworker);
        casework.changeStatus(received, RequestStatus.RESOLVED, "سُلّمت", caseworker);
        casework.submit(new NewRequest(withoutConsent, RequestKind.SERVICE, Channel.PHONE, service, "سلة", null, null,
                null, null, null, null), caseworker);
        casework.recordReceivedMessage(mother, new ReceivedMessage(SocialPlatform.WHATSAPP,
                "wamid." + fixture.suffix, "966500000000", "شكراً", Instant.now()), "webhook");
    }

    @Test
    void countsTheCityAndSaysWhoIsLeftOutAndWhy() {
        // Eight match (the erased record never does): two without consent (never given, withdrawn), two opted out
        // of SMS (in the registry, by outreach), one with no mobile, three reached.
        assertThat(audiences.count(fixture.inCity(), SMS)).isEqualTo(new AudienceCount(8, 2, 2, 1, 3));
        // On every channel the email-only person is reached by email and the SMS opt-outs by WhatsApp.
        assertThat(audiences.count(fixture.inCity(), ALL)).isEqualTo(new AudienceCount(8, 2, 0, 0, 6));
        assertThat(audiences.count(fixture.inCity(), Set.of(ContactChannel.EMAIL)))
                .isEqualTo(new AudienceCount(8, 2, 0, 4, 2));

        List<AudienceMember> sample = audiences.sample(fixture.inCity(), SMS);
        assertThat(sample).extracting(AudienceMember::beneficiaryId).containsExactlyInAnyOrder(mother, elder, waqf);
        assertThat(sample).extracting(AudienceMember::channel).containsOnly(ContactChannel.SMS);
        assertThat(sample).extracting(AudienceMember::maskedName).allSatisfy(name -> assertThat(name).endsWith("."));
        assertThat(audiences.sample(fixture.inCity(), ALL)).filteredOn(m -> m.beneficiaryId().equals(elder))
                .extracting(AudienceMember::channel).containsExactly(ContactChannel.EMAIL);
    }

    @Test
    void eachFilterNarrowsTheCity() {
        assertThat(matching(b -> with(b, () -> b.segments = List.of(segment)))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> b.needLevel = NeedLevel.HIGH))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> b.needLevel = NeedLevel.LOW))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> b.householdFrom = 2))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> b.householdTo = 1))).isEqualTo(6);
        assertThat(matching(b -> with(b, () -> b.ageFrom = 60))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> {
            b.ageFrom = 30;
            b.ageTo = 40;
        }))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> b.type = BeneficiaryType.ORGANIZATION))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> {
            b.service = service;
            b.receivedWithin = 6;
        }))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> {
            b.service = service;
            b.notReceivedWithin = 6;
        }))).isEqualTo(7);
        assertThat(matching(b -> with(b, () -> b.openRequest = true))).isEqualTo(1);
        assertThat(matching(b -> with(b, () -> b.openRequest = false))).isEqualTo(7);
        // The mother wrote today, and taking in the two requests recorded a contact each.
        assertThat(matching(b -> with(b, () -> b.lastContactDays = 30))).isEqualTo(5);
    }

    @Test
    void refusesAFilterThatCannotBeMeantFieldByField() {
        assertThatThrownBy(() -> audiences.count(fixture.filter(b -> with(b, () -> {
            b.ageFrom = 60;
            b.ageTo = 20;
            b.receivedWithin = 3;
        })), SMS)).isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                .extracting(problem -> problem.field()).containsExactlyInAnyOrder("ageTo", "serviceCode"));
        assertThatThrownBy(() -> audiences.count(fixture.filter(b -> with(b, () -> {
            b.service = "NO_SUCH_" + fixture.suffix;
            b.receivedWithin = 3;
        })), SMS)).isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                .extracting(problem -> problem.messageKey()).containsExactly("outreach.filter.serviceUnknown"));
    }

    private long matching(java.util.function.UnaryOperator<OutreachFixture.Builder> with) {
        return audiences.count(fixture.filter(with), SMS).matching();
    }

    private static OutreachFixture.Builder with(OutreachFixture.Builder builder, Runnable change) {
        change.run();
        return builder;
    }

    private static Map<String, String> answers(String salary, String ownership) {
        Map<String, String> answers = new HashMap<>();
        answers.put("income_salary", salary);
        answers.put("income_social_security", "0");
        answers.put("income_other", "0");
        answers.put("housing_type", "apartment");
        answers.put("housing_ownership", ownership);
        answers.put("employment", "employed");
        return answers;
    }
}
