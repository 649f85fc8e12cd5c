package sa.silah.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.casework.Casework;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * An officer, a beneficiary who reads English and prefers email, an FAQ entry about the monthly support that
 * names the beneficiary, and inquiries — all with a word of their own, so that other tests' items never match.
 */
final class InquiryFixture {

    final String marker = TestData.uniqueWord();
    final String officer;
    final String beneficiaryName = "Layla " + TestData.uniqueWord();
    final String email = "inquiry-" + Long.toString(System.nanoTime(), 36) + "@example.org";
    final UUID beneficiary;
    final KnowledgeEntry faq;

    private final Casework casework;

    InquiryFixture(KnowledgeLibrary library, Casework casework, BeneficiaryRegistry registry, StaffManagement staff) {
        this.casework = casework;
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, beneficiaryName, null,
                TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(), email,
                ContactChannel.EMAIL, List.of(), "en", Set.of())).getId();
        faq = library.write(new EntryDetails(EntryKind.FAQ, "متى يصرف الدعم الشهري " + marker + "؟",
                "When is the monthly support " + marker + " paid?",
                "أهلًا {beneficiaryName}، يصرف الدعم الشهري " + marker + " في اليوم الخامس من كل شهر.",
                "Dear {beneficiaryName}, the monthly support " + marker + " is paid on the fifth of each month.",
                null, Visibility.PUBLIC, "admin", LocalDate.now().plusMonths(6), Set.of(), Set.of()), "admin");
    }

    /** An inquiry whose text holds the FAQ's words among others, as people write. */
    Request inquiryAboutTheSupport() {
        return inquiry("استفسار عن موعد الدعم الشهري",
                "السلام عليكم، متى يصرف الدعم الشهري " + marker + " لأسرتي هذا الشهر؟");
    }

    Request inquiry(String subject, String description) {
        return casework.submit(new NewRequest(beneficiary, RequestKind.INQUIRY, Channel.PHONE, null, subject,
                description, null, null, null, null, null), casework.caseworker(officer));
    }

    /** The FAQ's English answer as the officer's reply starts: the beneficiary named. */
    String filledAnswer() {
        return "Dear " + beneficiaryName + ", the monthly support " + marker + " is paid on the fifth of each month.";
    }
}
