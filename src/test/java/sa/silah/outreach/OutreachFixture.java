package sa.silah.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.OrganizationType;
import sa.silah.shared.Channel;
import sa.silah.test.TestData;

/** Beneficiaries in a city of their own, so that counts over the shared database see only the test's people. */
final class OutreachFixture {

    final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    final String city = "مدينة " + TestData.uniqueWord();

    private final BeneficiaryRegistry registry;

    OutreachFixture(BeneficiaryRegistry registry) {
        this.registry = registry;
    }

    /** A person in the fixture's city, consenting to outreach when {@code consent}. */
    UUID person(String mobile, String email, ContactChannel preferred, LocalDate birthDate, List<String> segments,
            Set<ContactChannel> optOuts, boolean consent) {
        UUID id = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "سارة " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, birthDate, null, city, null, null, null, mobile, email,
                preferred, segments, null, optOuts)).getId();
        if (consent) {
            registry.recordConsent(id, ConsentPurpose.OUTREACH, Channel.PHONE);
        }
        return id;
    }

    UUID consenting(String mobile) {
        return person(mobile, null, null, null, List.of(), Set.of(), true);
    }

    UUID organisation(boolean consent) {
        UUID id = registry.register(new BeneficiaryDetails(BeneficiaryType.ORGANIZATION, "وقف " + TestData.uniqueWord(),
                null, null, null, null, null, city, OrganizationType.WAQF, "W-" + suffix, null, TestData.mobile(), null,
                null, List.of(), null, Set.of())).getId();
        if (consent) {
            registry.recordConsent(id, ConsentPurpose.OUTREACH, Channel.PHONE);
        }
        return id;
    }

    AudienceFilter inCity() {
        return filter(null);
    }

    /** The fixture's city and whatever else the test sets through {@code with}. */
    AudienceFilter filter(java.util.function.UnaryOperator<Builder> with) {
        Builder builder = new Builder();
        builder.cities = List.of(city);
        return (with == null ? builder : with.apply(builder)).build();
    }

    static final class Builder {
        List<String> segments;
        List<String> cities;
        sa.silah.assessment.NeedLevel needLevel;
        Integer householdFrom;
        Integer householdTo;
        Integer ageFrom;
        Integer ageTo;
        BeneficiaryType type;
        String service;
        Integer receivedWithin;
        Integer notReceivedWithin;
        Boolean openRequest;
        Integer lastContactDays;

        AudienceFilter build() {
            return new AudienceFilter(segments, cities, needLevel, householdFrom, householdTo, ageFrom, ageTo, type,
                    service, receivedWithin, notReceivedWithin, openRequest, lastContactDays);
        }
    }

    static CampaignDraft smsCampaign(String name, AudienceFilter audience) {
        return new CampaignDraft(name, "إبلاغ بموعد توزيع السلال", audience, null, List.of(
                new CampaignMessage(ContactChannel.SMS, "ar", null, "يسرّنا دعوتكم لتسلّم السلة الغذائية يوم الأحد", null),
                new CampaignMessage(ContactChannel.SMS, "en", null, "You are invited to collect your food basket on Sunday", null)));
    }
}
