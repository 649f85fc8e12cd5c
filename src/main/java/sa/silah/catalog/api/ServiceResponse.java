package sa.silah.catalog.api;

import java.util.List;

import sa.silah.catalog.Department;
import sa.silah.catalog.RequiredDocument;
import sa.silah.catalog.ServiceOffering;

/** A service as the API shows it; {@code standardDuration} is ISO-8601 business time, {@code P3D} or {@code PT4H}. */
record ServiceResponse(String code, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
        DepartmentSummary department, String standardDuration, List<Document> requiredDocuments,
        List<String> eligibleSegments, boolean active, boolean publicService) {

    record DepartmentSummary(String code, String nameAr, String nameEn) {

        static DepartmentSummary of(Department department) {
            return new DepartmentSummary(department.getCode(), department.getNameAr(), department.getNameEn());
        }
    }

    record Document(String nameAr, String nameEn) {

        static Document of(RequiredDocument document) {
            return new Document(document.nameAr(), document.nameEn());
        }
    }

    static ServiceResponse of(ServiceOffering service) {
        return new ServiceResponse(service.getCode(), service.getNameAr(), service.getNameEn(),
                service.getDescriptionAr(), service.getDescriptionEn(), DepartmentSummary.of(service.getDepartment()),
                service.getStandardDuration().toString(),
                service.getRequiredDocuments().stream().map(Document::of).toList(), service.getEligibleSegments(),
                service.isActive(), service.isPublicService());
    }
}
