package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SiteLogoTest {

    @Test
    void knowsPngAndJpegByTheirFirstBytes() {
        assertThat(SiteLogo.Type.of(PublicSitePagesIT.PNG)).contains(SiteLogo.Type.PNG);
        assertThat(SiteLogo.Type.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10 }))
                .contains(SiteLogo.Type.JPEG);
    }

    @Test
    void refusesSvgGifAndTruncatedImagesWhateverTheirName() {
        assertThat(SiteLogo.Type.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SiteLogo.Type.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(SiteLogo.Type.of(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isEmpty();
        assertThat(SiteLogo.Type.of(new byte[0])).isEmpty();
    }
}
