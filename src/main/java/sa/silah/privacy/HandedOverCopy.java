package sa.silah.privacy;

/** The copy handed over for an access or copy request, as it was made: JSON for programs, PDF to read. */
public record HandedOverCopy(byte[] json, byte[] pdf) {
}
