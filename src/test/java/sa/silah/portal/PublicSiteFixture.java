package sa.silah.portal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.RequiredDocument;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;

/**
 * A department with a public and a private service of its own, and client addresses no other test uses, so that
 * the public site's per-address limits of one test never touch another's.
 */
final class PublicSiteFixture {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    final String publicService;
    final String privateService;

    PublicSiteFixture(DepartmentManagement departments, ServiceCatalog services) {
        Department department = departments.create("PS_" + suffix, "إدارة الموقع " + suffix, "Site department " + suffix);
        publicService = services.create(new ServiceDetails("PSP_" + suffix, "سلة غذائية " + suffix, "Food basket " + suffix,
                "سلة شهرية للأسر", "A monthly basket for families", department.getCode(), "P3D",
                List.of(new RequiredDocument("صورة الهوية", "A copy of the ID")), List.of(), true, true)).getCode();
        privateService = services.create(new ServiceDetails("PSX_" + suffix, "خدمة داخلية " + suffix,
                "Internal service " + suffix, null, null, department.getCode(), "P1D", List.of(), List.of(), true, false))
                .getCode();
    }

    /** A client address of its own, such as 10.7.0.3. */
    static RequestPostProcessor newAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10.7." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
