package sa.silah.portal;

import java.util.Optional;

/** The association's logo, as the public site serves it. Only PNG and JPEG, recognised by their first bytes. */
public record SiteLogo(byte[] image, Type type) {

    /** The image types a logo may have. SVG is left out: it can carry scripts. */
    public enum Type {
        PNG("image/png"), JPEG("image/jpeg");

        private final String mediaType;

        Type(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The type the image's signature says, if it is one a logo may have. */
        public static Optional<Type> of(byte[] image) {
            if (image.length >= 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G'
                    && image[4] == 0x0d && image[5] == 0x0a && image[6] == 0x1a && image[7] == 0x0a) {
                return Optional.of(PNG);
            }
            if (image.length >= 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 && (image[2] & 0xff) == 0xff) {
                return Optional.of(JPEG);
            }
            return Optional.empty();
        }
    }
}
