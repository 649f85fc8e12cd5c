package sa.silah.portal;

/** What an administrator writes about the association for the public site; only the Arabic name is required. */
public record SiteDetails(String nameAr, String nameEn, String introductionAr, String introductionEn, String phone,
        String email, String addressAr, String addressEn) {
}
