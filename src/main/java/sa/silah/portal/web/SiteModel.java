package sa.silah.portal.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import sa.silah.portal.SiteAdministration;
import sa.silah.portal.SiteSettings;

/** Every public page shows the association's name, logo and contact details from the settings. */
@ControllerAdvice(assignableTypes = { SitePages.class, SiteForms.class, TrackPages.class, YouSaidWeDidPage.class,
        PublicLibraryPages.class, PublicPolicyPages.class, PublicActivityPages.class })
class SiteModel {

    private final SiteAdministration site;

    SiteModel(SiteAdministration site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteSettings site() {
        return site.current();
    }
}
