package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Priority;
import sa.silah.casework.PublicSubmission;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class TrackPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Casework casework;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    SiteProperties limits;

    RequestPostProcessor address;
    String mobile;
    Request request;

    @BeforeEach
    void sentFromTheSite() {
        address = PublicSiteFixture.newAddress();
        mobile = TestData.mobile();
        request = casework.submitFromWebsite(new PublicSubmission(RequestKind.INQUIRY, null, "سؤال عن المواعيد",
                "متى تفتحون؟", "منيرة", mobile, null, false));
    }

    @Test
    void theRightPairShowsStatusExpectedDateAndPublicUpdatesOnly() throws Exception {
        Caseworker admin = new Caseworker("admin", null, Set.of(Role.ADMIN));
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, "ملاحظة داخلية سرية", admin);
        mvc.perform(get("/track").param("ref", request.getReferenceNumber()).param("mobile", mobile).with(address))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString(request.getReferenceNumber())))
                .andExpect(content().string(containsString("قيد العمل")))
                .andExpect(content().string(containsString("مقدَّمة")))
                .andExpect(content().string(containsString("هـ")))
                .andExpect(content().string(not(containsString("ملاحظة داخلية سرية"))))
                .andExpect(content().string(not(containsString("admin"))))
                .andExpect(content().string(not(containsString("منيرة"))))
                .andExpect(content().string(not(containsString("متى تفتحون"))));
    }

    @Test
    void theMobileMayBeWrittenAnyWayAndTheReferenceInSmallLetters() throws Exception {
        mvc.perform(get("/track").param("ref", request.getReferenceNumber().toLowerCase())
                        .param("mobile", SaudiMobile.parse(mobile).e164()).with(address))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("مقدَّمة")));
    }

    @Test
    void aWrongMobileAndAnUnknownReferenceLookTheSame() throws Exception {
        String wrongMobile = mvc.perform(get("/track").param("ref", request.getReferenceNumber())
                        .param("mobile", TestData.mobile()).with(address))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("لم نجد طلباً")))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/track").param("ref", "REQ-1400-999999").param("mobile", mobile).with(address))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(withoutTypedValues(wrongMobile)).isEqualTo(withoutTypedValues(unknown));
        mvc.perform(get("/track").param("ref", request.getReferenceNumber()).param("mobile", "not a mobile").with(address))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLinkInTheMessageAsksForTheMobile() throws Exception {
        mvc.perform(get("/track").param("ref", request.getReferenceNumber()).with(address))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + request.getReferenceNumber() + "\"")))
                .andExpect(content().string(containsString("id=\"mobile\"")))
                .andExpect(content().string(not(containsString("مقدَّمة"))));
    }

    @Test
    void aRequestTakenByStaffIsTrackedWithTheMobileOnTheBeneficiarysRecord() throws Exception {
        String held = TestData.mobile();
        var beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "عبير " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, null, null, null, null,
                held, null, null, List.of()));
        Request taken = casework.submit(new NewRequest(beneficiary.getId(), RequestKind.INQUIRY, Channel.PHONE, null,
                "سؤال بالهاتف", null, Priority.NORMAL, null, null, null, null),
                new Caseworker("admin", null, Set.of(Role.ADMIN)));
        mvc.perform(get("/track").param("ref", taken.getReferenceNumber()).param("mobile", held).with(address))
                .andExpect(status().isOk());
    }

    @Test
    void wrongPairsFromOneAddressAreLimited() throws Exception {
        for (int i = 0; i < limits.failedTracksPerIp(); i++) {
            mvc.perform(get("/track").param("ref", "REQ-1400-" + (100000 + i)).param("mobile", mobile).with(address))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/track").param("ref", request.getReferenceNumber()).param("mobile", mobile).with(address))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("محاولات كثيرة")));
        mvc.perform(get("/track").param("ref", request.getReferenceNumber()).param("mobile", mobile)
                        .with(PublicSiteFixture.newAddress()))
                .andExpect(status().isOk());
    }

    @Test
    void wrongMobilesAgainstOneReferenceAreLimitedFromAnyAddress() throws Exception {
        for (int i = 0; i < limits.failedTracksPerReference(); i++) {
            mvc.perform(get("/track").param("ref", request.getReferenceNumber()).param("mobile", TestData.mobile())
                            .with(PublicSiteFixture.newAddress()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/track").param("ref", request.getReferenceNumber()).param("mobile", mobile)
                        .with(PublicSiteFixture.newAddress()))
                .andExpect(status().isTooManyRequests());
    }

    /** The two pages differ only in what was typed into the form. */
    private static String withoutTypedValues(String page) {
        return page.replaceAll("value=\"[^\"]*\"", "value=\"\"").replaceAll("(ref|mobile)=[^&\"]*", "");
    }
}
