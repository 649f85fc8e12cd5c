package sa.silah.catalog;

/**
 * Which services a list shows; a {@code null} criterion lets every service through.
 *
 * @param department the code of the delivering department
 */
public record ServiceFilter(Boolean active, Boolean publicService, String department) {

    public static final ServiceFilter ALL = new ServiceFilter(null, null, null);
}
