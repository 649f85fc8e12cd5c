package sa.silah.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;

@IntegrationTest
class ServiceCatalogIT {

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    DepartmentManagement departments;


    @Test
    void aPageOfServicesWithTheirDepartmentDocumentsAndSegmentsTakesAFixedNumberOfQueries() {
        String department = departments.create(ServiceApiIT.uniqueCode("DEP"), "قسم البرامج", "Programmes").getCode();
        for (int i = 0; i < 25; i++) {
            catalog.create(new ServiceDetails(ServiceApiIT.uniqueCode("S"), "برنامج " + i, "Programme " + i, null, null,
                    department, "P" + (i + 1) + "D", List.of(new RequiredDocument("صورة الهوية", "Copy of the ID"),
                            new RequiredDocument("السيرة الذاتية", "CV")), List.of("STUDENTS", "VOLUNTEERS"), true, true));
        }
        QueryCount.reset();

        Page<ServiceOffering> page = catalog.list(new ServiceFilter(true, null, department), PageRequest.of(0, 20));

        assertThat(page.getTotalElements()).isEqualTo(25);
        assertThat(page.getContent()).hasSize(20).allSatisfy(service -> {
            assertThat(service.getDepartment().getNameAr()).isEqualTo("قسم البرامج");
            assertThat(service.getRequiredDocuments()).hasSize(2);
            assertThat(service.getEligibleSegments()).containsExactly("STUDENTS", "VOLUNTEERS");
        });
        // The page, its count, then the departments, documents and segments of the whole page once each.
        assertThat(QueryCount.statements()).isLessThanOrEqualTo(5);
    }

    @Test
    void offersAServiceToItsSegmentsOrToEveryoneWhenItNamesNone() {
        String department = departments.create(ServiceApiIT.uniqueCode("DEP"), "قسم الرعاية", "Care").getCode();
        ServiceOffering basket = catalog.create(new ServiceDetails(ServiceApiIT.uniqueCode("BASKET"), "سلة غذائية",
                "Food basket", null, null, department, "P3D", List.of(), List.of("WIDOWS", "ORPHANS"), true, true));
        ServiceOffering inquiry = catalog.create(new ServiceDetails(ServiceApiIT.uniqueCode("ASK"), "استفسار عام",
                "General inquiry", null, null, department, "P1D", List.of(), List.of(), true, false));

        assertThat(basket.isEligible(List.of("ORPHANS", "STUDENTS"))).isTrue();
        assertThat(basket.isEligible(List.of("STUDENTS"))).isFalse();
        assertThat(inquiry.isForEveryone()).isTrue();
        assertThat(inquiry.isEligible(List.of())).isTrue();
        assertThat(catalog.publicServices()).extracting(ServiceOffering::getCode)
                .contains(basket.getCode()).doesNotContain(inquiry.getCode());
        assertThat(catalog.active()).extracting(ServiceOffering::getCode).contains(basket.getCode(), inquiry.getCode());
    }
}
