package sa.silah.satisfaction;

import java.util.Locale;

/**
 * The association's name as the page a beneficiary answers on shows it. The public site's settings hold it, and
 * the portal module, which keeps them, provides this; the satisfaction module does not depend on the portal.
 */
public interface AssociationName {

    String in(Locale locale);
}
