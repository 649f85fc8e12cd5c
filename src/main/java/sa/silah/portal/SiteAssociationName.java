package sa.silah.portal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import sa.silah.satisfaction.AssociationName;

/** The survey page names the association as the public site does, from the site's settings. */
@Component
class SiteAssociationName implements AssociationName {

    private final SiteAdministration site;

    SiteAssociationName(SiteAdministration site) {
        this.site = site;
    }

    @Override
    public String in(Locale locale) {
        return site.current().name(locale);
    }
}
